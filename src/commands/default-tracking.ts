// "Track by default for external recipients" in the event runtime: marks, or leaves alone, the item being composed.
import {
  OfficeComposeTrackingMark,
  type MarkableComposeItem,
  type MarkAsyncResult,
} from "../adapters/office/compose-tracking-mark";

/** The roaming setting the Settings pane writes; absent means off (tracking by default is opt-in). */
export const trackExternalByDefaultSetting = "trackExternalByDefault";

interface EventRecipients {
  getAsync(callback: (result: MarkAsyncResult<Array<{ emailAddress: string }>>) => void): void;
}

export interface EventComposeItem extends MarkableComposeItem {
  readonly to?: EventRecipients;
  readonly cc?: EventRecipients;
}

/** The slice of the `Office` namespace the handlers read; the real one satisfies it. */
export interface EventOffice {
  readonly AsyncResultStatus: { readonly Failed: Office.AsyncResultStatus | string };
  readonly context: {
    readonly roamingSettings?: { get(name: string): unknown } | null;
    readonly mailbox?: {
      readonly userProfile: { readonly emailAddress: string };
      readonly item?: EventComposeItem | null;
    } | null;
  };
}

/** What the handler did, for tests and diagnostics; never shown to the recipient. */
export type DefaultTrackingOutcome =
  | "no_item"
  | "explicit_choice_kept"
  | "default_off"
  | "marked"
  | "already_marked"
  | "unmarked"
  | "no_external_recipient";

function readDomain(emailAddress: string): string | undefined {
  const atIndex = emailAddress.lastIndexOf("@");
  const domain =
    atIndex >= 0
      ? emailAddress
          .slice(atIndex + 1)
          .trim()
          .toLowerCase()
      : "";
  return domain === "" ? undefined : domain;
}

/**
 * True when one address is outside the rep's domain, e.g. `["a@contoso.com", "b@fabrikam.com"]` for
 * `me@contoso.com` gives true. An unknown own domain gives false: "external" cannot be told then.
 */
export function hasExternalRecipient(
  addresses: readonly string[],
  ownEmailAddress: string,
): boolean {
  const ownDomain = readDomain(ownEmailAddress);
  if (ownDomain === undefined) return false;
  return addresses.some((address) => {
    const domain = readDomain(address);
    return domain !== undefined && domain !== ownDomain;
  });
}

function readRecipients(
  office: EventOffice,
  field: EventRecipients | undefined,
): Promise<string[]> {
  if (field === undefined) return Promise.resolve([]);
  return new Promise<string[]>((resolve, reject) => {
    field.getAsync((result) => {
      if (result.status === office.AsyncResultStatus.Failed) {
        reject(new Error(result.error?.message ?? "Recipients could not be read."));
        return;
      }
      resolve(result.value.map((recipient) => recipient.emailAddress));
    });
  });
}

/**
 * Applies the default to the open item. On a new compose an inherited mark (classic Outlook copies a
 * forwarded item's custom properties) is dropped first; on send a mark the default made earlier is
 * removed again when no external recipient is left. An explicit on/off from the rep always wins.
 */
export async function applyDefaultTracking(options: {
  office: EventOffice;
  trigger: "new_compose" | "send";
  createMark?: (item: MarkableComposeItem) => OfficeComposeTrackingMark;
}): Promise<DefaultTrackingOutcome> {
  const { office, trigger } = options;
  const mailbox = office.context.mailbox ?? undefined;
  const item = mailbox?.item ?? undefined;
  if (mailbox === undefined || item === undefined) return "no_item";
  const mark =
    options.createMark?.(item) ??
    new OfficeComposeTrackingMark({ item, asyncResultStatus: office.AsyncResultStatus });
  let current = await mark.read();
  const isInherited =
    trigger === "new_compose" && (current.trackId ?? current.choice) !== undefined;
  if (isInherited) current = await mark.untrack();
  if (current.choice !== undefined) return "explicit_choice_kept";
  const isDefaultOn = office.context.roamingSettings?.get(trackExternalByDefaultSetting) === true;
  if (!isDefaultOn) return "default_off";
  const [to, cc] = await Promise.all([
    readRecipients(office, item.to),
    readRecipients(office, item.cc),
  ]);
  const isExternal = hasExternalRecipient([...to, ...cc], mailbox.userProfile.emailAddress);
  if (isExternal) {
    if (current.trackId !== undefined) return "already_marked";
    await mark.track();
    return "marked";
  }
  if (trigger === "send" && current.trackId !== undefined) {
    await mark.untrack();
    return "unmarked";
  }
  return "no_external_recipient";
}
