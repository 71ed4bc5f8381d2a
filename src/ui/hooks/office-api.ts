// The narrow slice of Office.js the panes read, so the real `Office` and a test fake share one checked type.

import type { OfficeCallback } from "@/shared/call-office-async";

export type { OfficeCallback, OfficeResult } from "@/shared/call-office-async";

/** The parts of `Office.EmailAddressDetails` Tempo reads. */
export type EmailAddress = Pick<Office.EmailAddressDetails, "emailAddress" | "displayName">;

/** A recipients field in compose mode (`to`, `cc`, `bcc`). */
export interface ComposeRecipientsApi {
  getAsync(callback: OfficeCallback<EmailAddress[]>): void;
}

/**
 * The current mail item as both modes expose it: read mode gives plain values, compose mode
 * gives objects with `getAsync`; `Office.context.mailbox.item` is typed as the intersection.
 */
export interface MailItemApi {
  readonly subject: string | { getAsync(callback: OfficeCallback<string>): void };
  readonly from?: EmailAddress | { getAsync(callback: OfficeCallback<unknown>): void };
  readonly to: EmailAddress[] | ComposeRecipientsApi;
  readonly cc: EmailAddress[] | ComposeRecipientsApi;
  readonly conversationId?: string;
  addHandlerAsync(
    eventType: Office.EventType | string,
    handler: () => void,
    callback: OfficeCallback<void>,
  ): void;
  removeHandlerAsync(eventType: Office.EventType | string, callback: OfficeCallback<void>): void;
}

export interface OfficeThemeColors {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
}

export interface RoamingSettingsApi {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback: OfficeCallback<void>): void;
}

export interface MailboxApi {
  readonly item?: MailItemApi | null;
  readonly userProfile: Pick<Office.UserProfile, "displayName" | "emailAddress">;
  addHandlerAsync(
    eventType: Office.EventType | string,
    handler: (args: { officeTheme?: OfficeThemeColors }) => void,
    callback: OfficeCallback<void>,
  ): void;
  removeHandlerAsync(eventType: Office.EventType | string, callback: OfficeCallback<void>): void;
}

export interface OfficeApi {
  readonly AsyncResultStatus: { readonly Failed: Office.AsyncResultStatus | string };
  readonly EventType: {
    readonly OfficeThemeChanged: Office.EventType | string;
    readonly RecipientsChanged: Office.EventType | string;
  };
  readonly context: {
    readonly officeTheme?: OfficeThemeColors | null;
    readonly diagnostics?: {
      readonly host: Office.HostType | string;
      readonly platform: Office.PlatformType | string;
      readonly version: string;
    } | null;
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    readonly roamingSettings?: RoamingSettingsApi | null;
    readonly mailbox?: MailboxApi | null;
  };
}

/** The real Office.js namespace, once `Office.onReady` has resolved; undefined outside Office. */
export function readGlobalOffice(): OfficeApi | undefined {
  const hasOffice = typeof Office !== "undefined";
  if (!hasOffice) {
    return undefined;
  }
  const office: OfficeApi = Office;
  return office;
}
