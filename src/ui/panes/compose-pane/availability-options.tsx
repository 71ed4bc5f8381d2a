// The choices beside the grid: meeting length, the prospect's time zone and language, and tentative holds.
import { Field, Select, Switch } from "@fluentui/react-components";

export interface AvailabilityChoices {
  readonly durationMinutes: number;
  /** IANA zone the times are written in for the prospect. */
  readonly prospectTimeZone: string;
  readonly locale: string;
  readonly isHoldOn: boolean;
}

/** Languages whose date words chrono-node can read back from the prospect's reply. */
export const offerLanguages: ReadonlyArray<readonly [string, string]> = [
  ["en-US", "English (US)"],
  ["en-GB", "English (UK)"],
  ["de-DE", "Deutsch"],
  ["fr-FR", "Français"],
  ["es-ES", "Español"],
  ["pt-BR", "Português"],
  ["nl-NL", "Nederlands"],
  ["it-IT", "Italiano"],
  ["ja-JP", "日本語"],
];

export const holdDays = 3;
const durations = [15, 30, 45, 60];

function listZones(repTimeZone: string): string[] {
  const all =
    typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [...new Set([repTimeZone, ...all])];
}

export interface AvailabilityOptionsProps {
  readonly choices: AvailabilityChoices;
  readonly repTimeZone: string;
  readonly onChange: (choices: AvailabilityChoices) => void;
}

export function AvailabilityOptions({ choices, repTimeZone, onChange }: AvailabilityOptionsProps) {
  const languages = offerLanguages.some(([tag]) => tag === choices.locale)
    ? offerLanguages
    : [[choices.locale, choices.locale] as const, ...offerLanguages];
  return (
    <>
      <Field label="Meeting length">
        <Select
          value={String(choices.durationMinutes)}
          onChange={(_event, data) => onChange({ ...choices, durationMinutes: Number(data.value) })}
        >
          {durations.map((minutes) => (
            <option key={minutes} value={minutes}>{`${minutes} minutes`}</option>
          ))}
        </Select>
      </Field>
      <Field label="Recipient's time zone">
        <Select
          value={choices.prospectTimeZone}
          onChange={(_event, data) => onChange({ ...choices, prospectTimeZone: data.value })}
        >
          {listZones(repTimeZone).map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, " ")}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Language of the times">
        <Select
          value={choices.locale}
          onChange={(_event, data) => onChange({ ...choices, locale: data.value })}
        >
          {languages.map(([tag, name]) => (
            <option key={tag} value={tag}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Switch
        label={`Hold these times on my calendar (tentative, released after ${holdDays} days or when one is booked)`}
        checked={choices.isHoldOn}
        onChange={(_event, data) => onChange({ ...choices, isHoldOn: data.checked })}
      />
    </>
  );
}
