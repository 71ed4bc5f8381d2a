// Settings' preferences: "track by default for external recipients", saved in roaming settings.
import { Caption1, Subtitle2, Switch } from "@fluentui/react-components";
import { useId } from "react";
import { ErrorMessage } from "@/ui/components/error-message";
import { useRoamingSetting } from "@/ui/hooks/use-roaming-setting";

/** The roaming-settings key; other code reads it by this name, so changing it loses saved choices. */
export const trackExternalByDefaultKey = "trackExternalByDefault";

export function PreferencesSection() {
  const headingId = useId();
  const hintId = useId();
  const trackExternal = useRoamingSetting(trackExternalByDefaultKey, false);
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
        New emails to people outside your organization start with Track turned on. Saved in your
        mailbox, so it applies on every device.
      </Caption1>
      <ErrorMessage error={trackExternal.error} />
    </section>
  );
}
