// The slice of Office.js send later uses, typed so the real `Office` and a test fake share one checked shape.
import type { OfficeCallback } from "../../shared/call-office-async";

/** What an Office callback is called with; `Office.AsyncResult` is a superset of its argument. */
export type DelayCallback<T> = OfficeCallback<T>;

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
