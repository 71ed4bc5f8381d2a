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
    const eventType = office.EventType.RecipientsChanged;
    const registration = callOfficeAsync<void>(office, (done) =>
      item.addHandlerAsync(eventType, () => void refresh(), done),
    );
    // Without the change event the summary still shows what was there when the pane opened.
    registration.catch(() => undefined);
    return () => {
      isCurrent = false;
      const removal = registration.then(() =>
        callOfficeAsync<void>(office, (done) => item.removeHandlerAsync(eventType, done)),
      );
      removal.catch(() => undefined);
    };
  }, [office, item, canWatchRecipients]);

  return { recipients, ownEmailAddress: mailbox?.userProfile.emailAddress, error };
}
