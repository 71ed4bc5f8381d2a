// Reads the tracking settings from what the host offers: roaming settings, the mailbox owner, locale and zone.
import { DEFAULT_FOLLOW_UP_DAYS } from "../../core/tracking/follow-up";
import type { TrackingSettings } from "./tracking-deps";

/**
 * The roaming-settings key of "follow up after N days"; the settings pane writes the same key
 * (src/ui/hooks/use-roaming-preferences.ts), whole days from 0 (off) to 60.
 */
export const followUpAfterDaysKey = "followUpAfterDays";
const followUpDaysRange = { min: 0, max: 60 } as const;

function readFollowUpDays(stored: unknown): number {
  const isValid =
    typeof stored === "number" &&
    Number.isInteger(stored) &&
    stored >= followUpDaysRange.min &&
    stored <= followUpDaysRange.max;
  return isValid ? stored : DEFAULT_FOLLOW_UP_DAYS;
}

function readText(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/**
 * Settings from raw host values, each checked: a bad or missing follow-up setting gives 3 days,
 * the mailbox owner's address wins over the sign-in name, and the locale and zone fall back to
 * en-GB and UTC. e.g. `{ storedFollowUpDays: "7" }` gives `{ followUpDays: 3, … }`.
 */
export function readTrackingSettings(raw: {
  readonly storedFollowUpDays: unknown;
  readonly mailboxAddress?: unknown;
  readonly accountUsername?: unknown;
  readonly locale?: unknown;
  readonly timeZone?: unknown;
}): TrackingSettings {
  return {
    followUpDays: readFollowUpDays(raw.storedFollowUpDays),
    repAddress: readText(raw.mailboxAddress) ?? readText(raw.accountUsername),
    locale: readText(raw.locale) ?? "en-GB",
    timeZone: readText(raw.timeZone) ?? "UTC",
  };
}
