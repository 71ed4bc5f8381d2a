// Settings' send-later preference: cancel a scheduled email by itself when the prospect replies first.
import { Caption1, Subtitle2, Switch } from "@fluentui/react-components";
import { useId } from "react";
import { sendLaterSettingKeys } from "@/core/scheduling/send-later-settings";
import { ErrorMessage } from "@/ui/components/error-message";
import { useRoamingSetting } from "@/ui/hooks/use-roaming-setting";

export function SendLaterPreferences() {
  const headingId = useId();
  const hintId = useId();
  const autoCancel = useRoamingSetting(sendLaterSettingKeys.autoCancelOnReply, false);
  return (
    <section aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        Send later
      </Subtitle2>
      <Switch
        label="Cancel a scheduled email when the prospect replies first"
        aria-describedby={hintId}
        checked={autoCancel.value}
        // setValue stores its own failure in state, which ErrorMessage shows below.
        onChange={(_event, data) => void autoCancel.setValue(data.checked)}
      />
      <Caption1 as="p" id={hintId}>
        When Tempo sees a reply in a conversation that has a scheduled follow-up, it cancels the
        follow-up (back to Drafts). Off: the dashboard asks you instead. Saved in your mailbox.
      </Caption1>
      <ErrorMessage error={autoCancel.error} />
    </section>
  );
}
