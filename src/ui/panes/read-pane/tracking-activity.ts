// Asks the tracking service whether the open message is engagement on tracked mail, and shows Outlook's info bar for it.
import { useEffect, useState } from "react";
import { createAppError, isAppError, type AppError } from "@/core/errors/app-error";
import { callOfficeAsync } from "@/ui/hooks/call-office-async";
import type { PaneServices } from "@/app/composition-root";
import type { OpenMessageRef, TrackedReplyInfo } from "@/app/tracking-service";
import type { MailboxApi, MailItemApi, OfficeApi, OfficeCallback } from "@/ui/hooks/office-api";
import type { PaneServicesState } from "@/ui/hooks/use-pane-services";

/** The info bar's key: one Tempo bar per item, replaced rather than stacked (≤ 32 characters). */
export const engagementNotificationKey = "tempo-engagement";
/** Outlook's limit for a notification message's text. */
const maxInfoBarChars = 150;

export type TrackingActivity =
  | { readonly status: "idle" }
  | { readonly status: "loading" }
  | { readonly status: "signed_out" }
  | { readonly status: "not_tracked" }
  | {
      readonly status: "engagement";
      readonly info: Extract<TrackedReplyInfo, { kind: "engagement" }>;
    }
  | { readonly status: "failed"; readonly error: AppError };

/** Read-mode members beyond the pane's shared slice; `notificationMessages` is Mailbox 1.3. */
interface ReadIdentity {
  readonly itemId?: string;
  readonly internetMessageId?: string;
  readonly notificationMessages?: {
    replaceAsync(
      key: string,
      details: { type: string; message: string; icon?: string; persistent?: boolean },
      callback: OfficeCallback<void>,
    ): void;
  };
}

interface RestIdMailbox {
  convertToRestId(itemId: string, restVersion: Office.MailboxEnums.RestVersion | string): string;
}

/** The ids Graph can match on; the EWS item id becomes a REST id where the client can convert it. */
export function readOpenMessageRef(
  mailbox: MailboxApi,
  item: MailItemApi & ReadIdentity,
): OpenMessageRef {
  const converter = mailbox as MailboxApi & Partial<RestIdMailbox>;
  const canConvert = typeof converter.convertToRestId === "function" && item.itemId !== undefined;
  const restId =
    canConvert && item.itemId !== undefined
      ? converter.convertToRestId?.(item.itemId, "v2.0")
      : undefined;
  return {
    ...(restId ? { restId } : {}),
    ...(item.conversationId ? { conversationId: item.conversationId } : {}),
    ...(item.internetMessageId ? { internetMessageId: item.internetMessageId } : {}),
  };
}

/** Shows the info bar; clients below Mailbox 1.3 have no notificationMessages, and the pane is enough. */
function showInfoBar(office: OfficeApi, item: ReadIdentity, text: string): Promise<void> {
  const messages = item.notificationMessages;
  if (messages === undefined) return Promise.resolve();
  const message = text.length > maxInfoBarChars ? `${text.slice(0, maxInfoBarChars - 1)}…` : text;
  return callOfficeAsync<void>(office, (done) =>
    messages.replaceAsync(
      engagementNotificationKey,
      { type: "informationalMessage", message, icon: "Icon.16x16", persistent: false },
      done,
    ),
  );
}

async function describe(
  office: OfficeApi,
  services: PaneServices,
  item: MailItemApi & ReadIdentity,
): Promise<TrackingActivity> {
  const mailbox = office.context.mailbox;
  if (!mailbox) return { status: "idle" };
  const account = await services.session.restoreSignIn();
  if (account === null) return { status: "signed_out" };
  const info = await services.tracking.describeOpenMessage(readOpenMessageRef(mailbox, item));
  if (info.kind !== "engagement") return { status: "not_tracked" };
  // The pane already says it; an info bar Outlook refuses is not worth an error.
  await showInfoBar(office, item, info.infoBarText).catch(() => undefined);
  return { status: "engagement", info };
}

/** Re-asks whenever the open item changes (a pinned pane gets the next item). */
export function useTrackingActivity(
  office: OfficeApi | undefined,
  source: PaneServicesState,
): TrackingActivity & { readonly retry: () => void } {
  const services = source.status === "ready" ? source.services : undefined;
  const item: (MailItemApi & ReadIdentity) | undefined = office?.context.mailbox?.item ?? undefined;
  const isReadMode = typeof item?.subject === "string";
  const [result, setResult] = useState<{ for: unknown; activity: TrackingActivity }>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!office || !services || !item || !isReadMode) return undefined;
    let isCurrent = true;
    const request = { item, attempt };
    describe(office, services, item).then(
      (activity) => isCurrent && setResult({ for: request.item, activity }),
      (cause: unknown) =>
        isCurrent &&
        setResult({
          for: request.item,
          activity: {
            status: "failed",
            error: isAppError(cause) ? cause : createAppError("graph_failed", { cause }),
          },
        }),
    );
    return () => {
      isCurrent = false;
    };
  }, [office, services, item, isReadMode, attempt]);

  const retry = () => {
    if (source.status === "failed") source.retry();
    setResult(undefined);
    setAttempt((count) => count + 1);
  };
  if (!office || !item || !isReadMode || source.status === "absent")
    return { status: "idle", retry };
  if (source.status === "failed") {
    return {
      status: "failed",
      error: createAppError("auth_failed", { cause: source.error }),
      retry,
    };
  }
  const isCurrentItem = result !== undefined && result.for === item;
  return isCurrentItem ? { ...result.activity, retry } : { status: "loading", retry };
}
