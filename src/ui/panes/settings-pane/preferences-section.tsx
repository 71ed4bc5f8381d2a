// Settings' preferences: "track by default for external recipients" and "follow up after N days", saved in roaming settings.
import { Caption1, Field, Input, Subtitle2, Switch } from "@fluentui/react-components";
import { useId, useState } from "react";
import { ErrorMessage } from "@/ui/components/error-message";
import {
  followUpAfterDaysRange,
  useFollowUpAfterDays,
  useTrackExternalByDefault,
} from "@/ui/hooks/use-roaming-preferences";

export {
  followUpAfterDaysKey,
  trackExternalByDefaultKey,
} from "@/ui/hooks/use-roaming-preferences";

function FollowUpField() {
  const hintId = useId();
  const followUp = useFollowUpAfterDays();
  // What the rep is typing; undefined shows the saved value.
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const commit = () => {
    if (draft === undefined) return;
    const next = draft.trim() === "" ? Number.NaN : Number(draft);
    setDraft(undefined);
    if (next === followUp.value) return;
    // setValue stores its own failure (invalid input or a failed save) in state, shown below.
    void followUp.setValue(next);
  };
  return (
    <>
      <Field label="Follow up after (days)">
        <Input
          type="number"
          inputMode="numeric"
          min={followUpAfterDaysRange.min}
          max={followUpAfterDaysRange.max}
          step={1}
          value={draft ?? String(followUp.value)}
          aria-describedby={hintId}
          onChange={(_event, data) => setDraft(data.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === "Enter") commit();
          }}
        />
      </Field>
      <Caption1 as="p" id={hintId}>
        When a tracked email gets no reply in this many days, Tempo flags it for follow-up in
        Outlook. 0 turns follow-ups off.
      </Caption1>
      <ErrorMessage error={followUp.error} />
    </>
  );
}

export function PreferencesSection() {
  const headingId = useId();
  const hintId = useId();
  const trackExternal = useTrackExternalByDefault();
  return (
    <section aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        Preferences
      </Subtitle2>
      <Switch
        label="Track by default for external recipients"
        aria-describedby={hintId}
        checked={trackExternal.value}
        // setValue stores its own failure in state, which ErrorMessage shows below.
        onChange={(_event, data) => void trackExternal.setValue(data.checked)}
      />
      <Caption1 as="p" id={hintId}>
        Emails to people outside your organization are tracked when sent, unless you turn Track off
        for that email. Saved in your mailbox, so it applies on every device.
      </Caption1>
      <ErrorMessage error={trackExternal.error} />
      <FollowUpField />
    </section>
  );
}
