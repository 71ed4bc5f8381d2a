// Reads the compose item's To and Cc recipients and re-reads them when Outlook reports a change.
import { useEffect, useState } from "react";
import { createAppError, isAppError, type AppError } from "@/core/errors/app-error";
import { callOfficeAsync } from "./call-office-async";
import { useOfficeContext } from "./use-office-context";
import type { ComposeRecipientsApi, EmailAddress, OfficeApi } from "./office-api";

export interface ComposeRecipients {
  readonly to: readonly string[];
  readonly cc: readonly string[];
}

export interface ComposeRecipientsState {
  readonly recipients: ComposeRecipients | undefined;
  readonly ownEmailAddress: string | undefined;
  readonly error: AppError | undefined;
}

async function readField(
  office: OfficeApi,
  field: EmailAddress[] | ComposeRecipientsApi,
): Promise<string[]> {
  const details = Array.isArray(field)
    ? field
    : await callOfficeAsync<EmailAddress[]>(office, (done) => field.getAsync(done));
  return details.map((detail) => detail.emailAddress);
}

type ComposeItemApi = NonNullable<NonNullable<OfficeApi["context"]["mailbox"]>["item"]>;

interface RecipientsWatch {
  readonly listeners: Set<() => void>;
  readonly registration: Promise<void>;
}

/**
 * One RecipientsChanged handler per item, shared by every section that listens: Outlook's
 * `removeHandlerAsync(eventType)` removes all handlers of that type, so one section unmounting must
 * not silence the others.
 */
const watches = new WeakMap<ComposeItemApi, RecipientsWatch>();

function watchRecipients(office: OfficeApi, item: ComposeItemApi, listener: () => void) {
  let watch = watches.get(item);
  if (watch === undefined) {
    const listeners = new Set<() => void>();
    const registration = callOfficeAsync<void>(office, (done) =>
      item.addHandlerAsync(
        office.EventType.RecipientsChanged,
        () => listeners.forEach((notify) => notify()),
        done,
      ),
    );
    // Without the change event the summary still shows what was there when the pane opened.
    registration.catch(() => undefined);
    watch = { listeners, registration };
    watches.set(item, watch);
  }
  const current = watch;
  current.listeners.add(listener);
  return () => {
    current.listeners.delete(listener);
    if (current.listeners.size > 0) return;
    watches.delete(item);
    const removal = current.registration.then(() =>
      callOfficeAsync<void>(office, (done) =>
        item.removeHandlerAsync(office.EventType.RecipientsChanged, done),
      ),
    );
    removal.catch(() => undefined);
  };
}

/** Recipients of the message being composed; `recipients` is undefined until the first read. */
export function useComposeRecipients(): ComposeRecipientsState {
  const office = useOfficeContext();
  const mailbox = office?.context.mailbox ?? undefined;
  const item = mailbox?.item ?? undefined;
  const canWatchRecipients = office?.context.requirements.isSetSupported("Mailbox", "1.7") ?? false;
  const [recipients, setRecipients] = useState<ComposeRecipients | undefined>(undefined);
  const [error, setError] = useState<AppError | undefined>(undefined);

  useEffect(() => {
    if (!office || !item) {
      return undefined;
    }
    let isCurrent = true;
    const refresh = async (): Promise<void> => {
      try {
        const [to, cc] = await Promise.all([
          readField(office, item.to),
          readField(office, item.cc),
        ]);
        if (isCurrent) {
          setRecipients({ to, cc });
          setError(undefined);
        }
      } catch (cause: unknown) {
        if (isCurrent) {
          setError(isAppError(cause) ? cause : createAppError("office_call_failed", { cause }));
        }
      }
    };
    // refresh never rejects: it stores its own failure in state.
    void refresh();
    if (!canWatchRecipients) {
      return () => {
        isCurrent = false;
      };
    }
    const unwatch = watchRecipients(office, item, () => void refresh());
    return () => {
      isCurrent = false;
      unwatch();
    };
  }, [office, item, canWatchRecipients]);

  return { recipients, ownEmailAddress: mailbox?.userProfile.emailAddress, error };
}
