// The send-later picker, loaded on demand: the prospect's zone, presets, a custom time, both zones shown, and Schedule.
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { formatInZone, formatUtcOffset } from "@/core/scheduling/send-later-format";
import { listGoldenZones } from "@/core/scheduling/send-later-zone-guess";
import { ErrorMessage } from "@/ui/components/error-message";
import { useSendLaterPicker, type SendLaterPicker } from "./send-later-controller";
import type { SendLaterService } from "@/app/send-later/send-later-service";
import type { IanaTimeZone } from "@/core/time/zones";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  presets: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

const presetLabels = {
  tomorrow_morning: "Tomorrow morning",
  next_business_morning: "Next business morning",
  monday_morning: "Monday 9:00",
} as const;

function BothZones({ picker, instantUtc }: { picker: SendLaterPicker; instantUtc: string }) {
  if (picker.zone === undefined) return null;
  return (
    <Caption1 as="p">
      Their time: {formatInZone(instantUtc, picker.zone)}. Your time:{" "}
      {formatInZone(instantUtc, picker.repZone)}.
    </Caption1>
  );
}

function describeGuess(picker: SendLaterPicker): string | undefined {
  const suggestion = picker.suggestion;
  if (suggestion === undefined) return undefined;
  if (suggestion.rememberedZone !== undefined)
    return `Using ${suggestion.rememberedZone}, the zone you chose for this recipient before.`;
  const { guess } = suggestion;
  if (guess.kind === "guessed") {
    const others =
      guess.alternatives.length > 0
        ? ` Also ${formatUtcOffset(guess.offsetMinutes)} then: ${guess.alternatives.join(", ")}.`
        : "";
    return `Guessed from the Date header of their last email (${suggestion.dateHeader ?? ""}): ${guess.guess}.${others} Check it and change it if needed.`;
  }
  return guess.reason === "no_date_header"
    ? "No email from this recipient to guess their time zone from: choose it."
    : "Their last email does not say its time zone: choose it.";
}

function ZoneField({ picker }: { picker: SendLaterPicker }) {
  const zones = useMemo(() => listGoldenZones(), []);
  const guess = picker.suggestion?.guess;
  const suggested = guess?.kind === "guessed" ? [guess.guess, ...guess.alternatives] : [];
  const ordered = [...new Set<IanaTimeZone>([...suggested, ...zones])];
  const hint = describeGuess(picker);
  return (
    <Field label="Recipient's time zone" hint={hint} required>
      <Select value={picker.zone ?? ""} onChange={(_event, data) => picker.chooseZone(data.value)}>
        <option value="">Choose a time zone</option>
        {ordered.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function CustomTimeFields({ picker }: { picker: SendLaterPicker }) {
  const styles = useStyles();
  const resolution = picker.customResolution;
  const isRefused = resolution?.ok === false;
  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <Field label="Date (their time)">
          <Input
            type="date"
            value={picker.custom.date}
            onChange={(_event, data) => picker.setCustom({ ...picker.custom, date: data.value })}
          />
        </Field>
        <Field label="Time (their time)">
          <Input
            type="time"
            value={picker.custom.time}
            onChange={(_event, data) => picker.setCustom({ ...picker.custom, time: data.value })}
          />
        </Field>
      </div>
      {resolution?.ok === true && resolution.kind === "ambiguous" ? (
        <RadioGroup
          aria-label="Which of the two times"
          value={picker.custom.ambiguity}
          onChange={(_event, data) =>
            picker.setCustom({
              ...picker.custom,
              ambiguity: data.value === "later" ? "later" : "earlier",
            })
          }
        >
          <Radio value="earlier" label="The first one (before the clocks go back)" />
          <Radio value="later" label="The second one (after the clocks go back)" />
        </RadioGroup>
      ) : null}
      {picker.customNote === undefined ? null : (
        <MessageBar intent={isRefused ? "error" : "warning"} layout="multiline">
          <MessageBarBody>{picker.customNote}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

function ResultMessage({ picker }: { picker: SendLaterPicker }) {
  const result = picker.result;
  if (result === undefined || result.kind === "not_scheduled")
    return <ErrorMessage error={result?.reason} />;
  const when =
    picker.zone === undefined ? result.sendAtUtc : formatInZone(result.sendAtUtc, picker.zone);
  if (result.kind === "delay_set") {
    const cancelNote = result.isCancellableAfterSend
      ? "Until then it waits in Drafts, where you can cancel it from the Tempo dashboard."
      : "Classic Outlook on Windows cannot cancel or edit it once you select Send (Microsoft: Manage the delivery date and time of a message).";
    return (
      <MessageBar intent="success" layout="multiline" role="status">
        <MessageBarBody>
          Delivery set for {when}. Select Send now: Exchange holds the email until then.{" "}
          {cancelNote}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar
      intent={result.isComposeClosed ? "success" : "warning"}
      layout="multiline"
      role="status"
    >
      <MessageBarBody>
        Scheduled for {when}. It waits in Drafts until then; see or cancel it in the Tempo
        dashboard.
        {result.isComposeClosed
          ? ""
          : " Close this message without sending it: Tempo already scheduled it."}
      </MessageBarBody>
    </MessageBar>
  );
}

export interface SendLaterPickerViewProps {
  readonly sendLater: SendLaterService;
  readonly prospectAddress: string | undefined;
  readonly now?: () => Date;
}

/** The default export is what React.lazy loads. */
export default function SendLaterPickerView({
  sendLater,
  prospectAddress,
  now,
}: SendLaterPickerViewProps) {
  const styles = useStyles();
  const picker = useSendLaterPicker({ sendLater, prospectAddress, now: now ?? (() => new Date()) });
  if (picker.capability.kind === "unavailable")
    return <Body1 as="p">Send later works on a message you are writing.</Body1>;
  const isScheduled = picker.result !== undefined && picker.result.kind !== "not_scheduled";
  return (
    <div className={styles.stack}>
      <ZoneField picker={picker} />
      {picker.zone === undefined ? null : (
        <>
          <div className={styles.presets} role="group" aria-label="Send time presets">
            {picker.presets.map((preset) => (
              <Button
                key={preset.preset}
                appearance={picker.selectedUtc === preset.sendAtUtc ? "primary" : "secondary"}
                aria-pressed={picker.selectedUtc === preset.sendAtUtc}
                onClick={() => picker.selectPreset(preset.sendAtUtc)}
              >
                {presetLabels[preset.preset]} ({preset.localDate} {preset.localTime})
              </Button>
            ))}
          </div>
          <CustomTimeFields picker={picker} />
          {picker.selectedUtc === undefined ? null : (
            <BothZones picker={picker} instantUtc={picker.selectedUtc} />
          )}
          <Button
            appearance="primary"
            disabled={picker.selectedUtc === undefined || picker.isBusy || isScheduled}
            onClick={picker.schedule}
          >
            {picker.capability.kind === "delay_delivery" ? "Set delivery time" : "Schedule send"}
          </Button>
        </>
      )}
      <ResultMessage picker={picker} />
      <ErrorMessage error={picker.error} />
    </div>
  );
}
