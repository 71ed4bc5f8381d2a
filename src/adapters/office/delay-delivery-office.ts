// The slice of Office.js send later uses, typed so the real `Office` and a test fake share one checked shape.
import { createAppError } from "../../core/errors/app-error";

/** What an Office callback hands back; `Office.AsyncResult` is a superset of it. */
export interface DelayAsyncResult<T> {
  readonly status: Office.AsyncResultStatus | string;
  readonly value: T;
  readonly error?: Pick<Office.Error, "code" | "name" | "message"> | null;
}

export type DelayCallback<T> = (result: DelayAsyncResult<T>) => void;

/** `Office.MessageCompose` members send later reads; each is absent on clients older than its set. */
export interface DelayComposeItem {
  readonly conversationId?: string | null;
  /** Mailbox 1.13. */
  readonly delayDeliveryTime?: {
    getAsync(callback: DelayCallback<Date | 0>): void;
    setAsync(datetime: Date, callback: DelayCallback<void>): void;
  };
  /** Mailbox 1.3. */
  saveAsync?(callback: DelayCallback<string>): void;
  /** Mailbox 1.3. */
  close?(): void;
  /** Mailbox 1.11. */
  readonly sessionData?: {
    getAsync(name: string, callback: DelayCallback<string>): void;
    setAsync(name: string, value: string, callback: DelayCallback<void>): void;
  };
}

export interface DelayRoamingSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback: DelayCallback<void>): void;
}

export interface DelayDeliveryOffice {
  readonly AsyncResultStatus: { readonly Failed: Office.AsyncResultStatus | string };
  readonly context: {
    readonly diagnostics?: { readonly platform: Office.PlatformType | string } | null;
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    readonly roamingSettings?: DelayRoamingSettings | null;
    readonly mailbox?: {
      readonly item?: DelayComposeItem | null;
      convertToRestId(itemId: string, restVersion: Office.MailboxEnums.RestVersion): string;
    } | null;
  };
}

/**
 * One Office `*Async` call as a Promise that rejects with `office_call_failed` (details: Office code
 * and name), e.g. `await callDelayAsync(office, (done) => item.saveAsync(done))`.
 */
export function callDelayAsync<T>(
  office: Pick<DelayDeliveryOffice, "AsyncResultStatus">,
  invoke: (callback: DelayCallback<T>) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      invoke((result) => {
        if (result.status === office.AsyncResultStatus.Failed) {
          reject(
            createAppError("office_call_failed", {
              cause: result.error,
              details: { officeErrorCode: result.error?.code, officeErrorName: result.error?.name },
            }),
          );
          return;
        }
        resolve(result.value);
      });
    } catch (cause: unknown) {
      reject(createAppError("office_call_failed", { cause }));
    }
  });
}
