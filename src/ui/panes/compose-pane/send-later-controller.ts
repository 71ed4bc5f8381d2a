// The compose pane's send-later state: the prospect's zone (remembered, guessed or chosen), the time, and scheduling it.
import { useCallback, useEffect, useMemo, useState } from "react";
import { createAppError, isAppError, type AppError } from "@/core/errors/app-error";
import { describeSendTime } from "@/core/scheduling/send-later-format";
import { listSendLaterPresets, type PresetSendTime } from "@/core/scheduling/send-later-presets";
import {
  resolveProspectZone,
  resolveSendTime,
  type AmbiguityChoice,
  type SendTimeResolution,
} from "@/core/scheduling/send-later-time";
import { resolveTimeZone, type IanaTimeZone } from "@/core/time/zones";
import type {
  ComposeScheduleResult,
  SendLaterService,
  ZoneSuggestion,
} from "@/app/send-later/send-later-service";
import type { ComposeDeliveryCapability } from "@/ports/scheduled-send-api";

export interface CustomTime {
  readonly date: string;
  readonly time: string;
  readonly ambiguity: AmbiguityChoice;
}

export interface SendLaterPicker {
  readonly capability: ComposeDeliveryCapability;
  readonly repZone: IanaTimeZone;
  readonly prospectAddress: string | undefined;
  readonly suggestion: ZoneSuggestion | undefined;
  /** The zone in use: chosen, else remembered, else guessed. */
  readonly zone: IanaTimeZone | undefined;
  readonly chooseZone: (name: string) => void;
  readonly presets: readonly PresetSendTime[];
  readonly custom: CustomTime;
  readonly setCustom: (next: CustomTime) => void;
  readonly customResolution: SendTimeResolution | undefined;
  readonly customNote: string | undefined;
  /** The instant the Schedule button would use. */
  readonly selectedUtc: string | undefined;
  readonly selectPreset: (sendAtUtc: string) => void;
  readonly schedule: () => void;
  readonly isBusy: boolean;
  readonly result: ComposeScheduleResult | undefined;
  readonly error: AppError | undefined;
}

function toAppError(error: unknown): AppError {
  return isAppError(error) ? error : createAppError("graph_failed", { cause: error });
}

function readRepZone(): IanaTimeZone {
  const zone = resolveTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const utc = resolveTimeZone("UTC");
  return zone.ok ? zone.timeZone : utc.ok ? utc.timeZone : ("UTC" as IanaTimeZone);
}

function pickSuggestedZone(suggestion: ZoneSuggestion | undefined): string | undefined {
  if (suggestion?.rememberedZone !== undefined) return suggestion.rememberedZone;
  return suggestion?.guess.kind === "guessed" ? suggestion.guess.guess : undefined;
}

export function useSendLaterPicker(options: {
  readonly sendLater: SendLaterService;
  readonly prospectAddress: string | undefined;
  readonly now: () => Date;
}): SendLaterPicker {
  const { sendLater, prospectAddress, now } = options;
  const repZone = useMemo(() => readRepZone(), []);
  const [suggestion, setSuggestion] = useState<ZoneSuggestion>();
  const [chosenZone, setChosenZone] = useState<string>();
  const [custom, setCustom] = useState<CustomTime>({ date: "", time: "", ambiguity: "earlier" });
  const [selectedPresetUtc, setSelectedPresetUtc] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);
  const [result, setResult] = useState<ComposeScheduleResult>();
  const [error, setError] = useState<AppError>();

  useEffect(() => {
    // Best effort: only the pre-send "replied since you started" check reads it.
    sendLater.recordDraftStart().catch(() => undefined);
  }, [sendLater]);

  useEffect(() => {
    if (prospectAddress === undefined) return undefined;
    let isCurrent = true;
    sendLater.suggestProspectZone({ prospectAddress, preferredZones: [repZone] }).then(
      (next) => isCurrent && setSuggestion(next),
      (cause: unknown) => isCurrent && setError(toAppError(cause)),
    );
    return () => {
      isCurrent = false;
    };
  }, [sendLater, prospectAddress, repZone]);

  const zoneCheck = resolveProspectZone(chosenZone ?? pickSuggestedZone(suggestion));
  const zone = zoneCheck.ok ? zoneCheck.timeZone : undefined;
  const nowIso = now().toISOString();
  // Presets move with the minute, not the millisecond: memoised per minute.
  const minuteIso = `${nowIso.slice(0, 16)}:00.000Z`;
  const presets = useMemo(
    () => (zone === undefined ? [] : listSendLaterPresets({ now: minuteIso, timeZone: zone })),
    [zone, minuteIso],
  );
  const hasCustom = custom.date !== "" || custom.time !== "";
  const customResolution = hasCustom
    ? resolveSendTime({ ...custom, timeZone: zone, now: nowIso })
    : undefined;
  const customNote =
    customResolution === undefined
      ? undefined
      : describeSendTime({ resolution: customResolution, ...custom, timeZone: zone });
  const customUtc = customResolution?.ok === true ? customResolution.sendAtUtc : undefined;
  const selectedUtc = hasCustom ? customUtc : selectedPresetUtc;

  const chooseZone = useCallback((name: string) => setChosenZone(name), []);
  const selectPreset = useCallback((sendAtUtc: string) => {
    setCustom({ date: "", time: "", ambiguity: "earlier" });
    setSelectedPresetUtc(sendAtUtc);
  }, []);

  const schedule = useCallback(() => {
    if (selectedUtc === undefined || zone === undefined) return;
    setIsBusy(true);
    setError(undefined);
    sendLater
      .scheduleCompose(selectedUtc)
      .then(async (outcome) => {
        setResult(outcome);
        if (outcome.kind !== "not_scheduled" && prospectAddress !== undefined)
          await sendLater.rememberProspectZone(prospectAddress, zone);
      })
      .catch((cause: unknown) => setError(toAppError(cause)))
      .finally(() => setIsBusy(false));
  }, [sendLater, selectedUtc, zone, prospectAddress]);

  return {
    capability: sendLater.readComposeCapability(),
    repZone,
    prospectAddress,
    suggestion,
    zone,
    chooseZone,
    presets,
    custom,
    setCustom,
    customResolution,
    customNote,
    selectedUtc,
    selectPreset,
    schedule,
    isBusy,
    result,
    error,
  };
}
