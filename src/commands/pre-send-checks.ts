// Smart Alerts pre-send checks: out of the prospect's business hours, or the prospect replied since the draft began.
import { checkBusinessHours } from "../core/scheduling/send-later-business-hours";
import { formatInZone } from "../core/scheduling/send-later-format";
import {
  draftStartedSessionKey,
  findProspectZone,
  hasReplySince,
  parseProspectZones,
  parseRecentReplies,
  sendLaterSettingKeys,
} from "../core/scheduling/send-later-settings";
import { resolveTimeZone } from "../core/time/zones";

interface CheckResult<T> {
  readonly status: Office.AsyncResultStatus | string;
  readonly value: T;
}
type CheckCallback<T> = (result: CheckResult<T>) => void;

/** The compose item members the checks read; each is absent on clients older than its set. */
export interface PreSendItem {
  readonly conversationId?: string | null;
  readonly to?: {
    getAsync(callback: CheckCallback<ReadonlyArray<{ readonly emailAddress: string }>>): void;
  };
  /** Mailbox 1.13. */
  readonly delayDeliveryTime?: { getAsync(callback: CheckCallback<Date | 0>): void };
  /** Mailbox 1.11. */
  readonly sessionData?: { getAsync(name: string, callback: CheckCallback<string>): void };
}

/** Only Office.js data: no Graph, no MSAL, so the check fits well inside Smart Alerts' 5 s. */
export interface PreSendOffice {
  readonly AsyncResultStatus: { readonly Failed: Office.AsyncResultStatus | string };
  readonly context: {
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    readonly roamingSettings?: { get(name: string): unknown } | null;
    readonly mailbox?: { readonly item?: PreSendItem | null } | null;
  };
}

/** What `event.completed` gets: a send, or a Smart Alert (SmartAlertsEventCompletedOptions). */
export type PreSendVerdict =
  | { readonly allowEvent: true }
  | {
      readonly allowEvent: false;
      readonly errorMessage: string;
      /** Mailbox 1.14: the dialog's action button, ≤ 20 characters. */
      readonly cancelLabel?: string;
      /** Mailbox 1.14: the manifest Control id the button opens. */
      readonly commandId?: string;
      /** Mailbox 1.14: "Send Anyway" whatever the manifest says. */
      readonly sendModeOverride?: Office.MailboxEnums.SendModeOverride;
    };

/** Outlook shows the "taking longer than expected" dialog after 5 s (onmessagesend-onappointmentsend-events.md). */
export const preSendBudgetMs = 2000;
/** The compose pane's button, where the rep schedules the message. */
export const composePaneCommandId = "Tempo.ComposeButton";
const promptUser = "promptUser" as Office.MailboxEnums.SendModeOverride;

/** Settles with the Office value, or `undefined` when the call fails, throws or outlasts the budget. */
function readWithin<T>(
  office: PreSendOffice,
  budgetMs: number,
  invoke: ((callback: CheckCallback<T>) => void) | undefined,
): Promise<T | undefined> {
  if (invoke === undefined) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), budgetMs);
    const settle = (value: T | undefined) => {
      clearTimeout(timer);
      resolve(value);
    };
    try {
      invoke((result) =>
        settle(result.status === office.AsyncResultStatus.Failed ? undefined : result.value),
      );
    } catch {
      // A throwing Office call reads as "not known": the check must never stop a send by failing.
      settle(undefined);
    }
  });
}

function describeOutOfHours(options: {
  readonly office: PreSendOffice;
  readonly recipients: readonly string[];
  readonly sendAtUtc: string;
}): string | undefined {
  const zones = parseProspectZones(
    options.office.context.roamingSettings?.get(sendLaterSettingKeys.prospectZones),
  );
  for (const address of options.recipients) {
    const zoneName = findProspectZone(zones, address);
    const zone = zoneName === undefined ? undefined : resolveTimeZone(zoneName);
    if (zone === undefined || !zone.ok) continue;
    const check = checkBusinessHours({ instant: options.sendAtUtc, timeZone: zone.timeZone });
    if (check.isWithin) continue;
    const suggestion = formatInZone(check.suggestion.sendAtUtc, zone.timeZone);
    return `It will be ${check.localTime} on ${check.localDate} for ${address} (${zone.timeZone}), outside business hours. Schedule it for ${check.suggestion.localTime} their time (${suggestion}) in Tempo, or send anyway.`;
  }
  return undefined;
}

/**
 * Runs both checks on the item being sent and gives `{ allowEvent: true }`, or a Smart Alert that
 * lets the rep send anyway. Never throws; any Office read that fails or is slow counts as unknown.
 * e.g. a send at 22:15 Kolkata time to a prospect whose zone the rep chose gives `{ allowEvent: false,
 * errorMessage: "It will be 22:15 …", cancelLabel: "Schedule for 08:30", commandId, sendModeOverride }` on Mailbox 1.14.
 */
export async function runPreSendChecks(options: {
  readonly office: PreSendOffice | undefined;
  readonly now: Date;
  readonly budgetMs?: number;
}): Promise<PreSendVerdict> {
  try {
    const { office } = options;
    const item = office?.context.mailbox?.item ?? undefined;
    if (office === undefined || item === undefined) return { allowEvent: true };
    const budgetMs = options.budgetMs ?? preSendBudgetMs;
    const [to, delay, startedUtc] = await Promise.all([
      readWithin(office, budgetMs, item.to?.getAsync.bind(item.to)),
      readWithin(office, budgetMs, item.delayDeliveryTime?.getAsync.bind(item.delayDeliveryTime)),
      readWithin<string>(
        office,
        budgetMs,
        item.sessionData && ((done) => item.sessionData?.getAsync(draftStartedSessionKey, done)),
      ),
    ]);
    const hasDelay = delay !== undefined && delay !== 0 && delay.getTime() > options.now.getTime();
    const sendAtUtc = (hasDelay ? delay : options.now).toISOString();
    const outOfHours = describeOutOfHours({
      office,
      recipients: (to ?? []).map((recipient) => recipient.emailAddress),
      sendAtUtc,
    });
    const hasReplied = hasReplySince({
      replies: parseRecentReplies(
        office.context.roamingSettings?.get(sendLaterSettingKeys.recentReplies),
      ),
      conversationId: item.conversationId ?? undefined,
      draftStartedUtc: startedUtc === "" ? undefined : startedUtc,
    });
    const replied = hasReplied
      ? "The prospect replied in this conversation after you started this draft. Read the reply before sending."
      : undefined;
    const messages = [replied, outOfHours].filter((text): text is string => text !== undefined);
    if (messages.length === 0) return { allowEvent: true };
    const isCustomizable = office.context.requirements.isSetSupported("Mailbox", "1.14");
    const customization = isCustomizable
      ? {
          ...(outOfHours === undefined
            ? {}
            : { cancelLabel: "Schedule for 08:30", commandId: composePaneCommandId }),
          sendModeOverride: promptUser,
        }
      : {};
    return { allowEvent: false, errorMessage: messages.join(" "), ...customization };
  } catch {
    // Tempo's checks are advice: whatever went wrong, the rep's email still goes.
    return { allowEvent: true };
  }
}

/** The checks against the global `Office` and the device clock, for handleMessageSend to await. */
export function runPreSendChecksNow(): Promise<PreSendVerdict> {
  const office: PreSendOffice | undefined = typeof Office === "undefined" ? undefined : Office;
  return runPreSendChecks({ office, now: new Date() });
}
