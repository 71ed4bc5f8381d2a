// The rep's Tempo preferences kept in roaming settings: their keys, defaults and ranges, shared by every pane.
import { useRoamingNumberSetting, type RoamingNumberSetting } from "./use-roaming-number-setting";
import { useRoamingSetting, type RoamingSetting } from "./use-roaming-setting";

/**
 * "Track by default for external recipients". The OnMessageSend handler reads the same key
 * (src/commands/default-tracking.ts), so renaming it loses saved choices. Opt-in: off by default.
 */
export const trackExternalByDefaultKey = "trackExternalByDefault";
export const trackExternalByDefaultDefault = false;

/** Days without a reply before Tempo flags a tracked email for follow-up; 0 turns it off. */
export const followUpAfterDaysKey = "followUpAfterDays";
export const followUpAfterDaysDefault = 3;
export const followUpAfterDaysRange = { min: 0, max: 60 } as const;

export function useTrackExternalByDefault(): RoamingSetting {
  return useRoamingSetting(trackExternalByDefaultKey, trackExternalByDefaultDefault);
}

export function useFollowUpAfterDays(): RoamingNumberSetting {
  return useRoamingNumberSetting(
    followUpAfterDaysKey,
    followUpAfterDaysDefault,
    followUpAfterDaysRange,
  );
}
