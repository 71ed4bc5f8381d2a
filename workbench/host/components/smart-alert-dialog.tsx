// The Smart Alerts dialog Outlook shows when OnMessageSend answers allowEvent: false, with the send mode's buttons.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useHostServices, useHostState } from "../host-context";

/**
 * PromptUser: Send Anyway and Don't Send; SoftBlock and Block: Don't Send only. A commandId adds
 * "Take Action" (its text from cancelLabel), as Outlook on the web does
 * (learn.microsoft.com/office/dev/add-ins/outlook/smart-alerts-onmessagesend-walkthrough).
 */
export function SmartAlertDialog() {
  const { smartAlert } = useHostState();
  const { actions } = useHostServices();
  if (smartAlert === null) return null;
  const answer = (choice: "send_anyway" | "dont_send" | "take_action") =>
    actions.answerSmartAlert(smartAlert.alertId, choice);
  return (
    <Dialog
      open
      modalType="alert"
      onOpenChange={(_event, data) => !data.open && answer("dont_send")}
    >
      <DialogSurface aria-label="Smart Alert">
        <DialogBody>
          <DialogTitle>Tempo: before this is sent</DialogTitle>
          <DialogContent>{smartAlert.errorMessage}</DialogContent>
          <DialogActions>
            {smartAlert.action === undefined ? null : (
              <Button onClick={() => answer("take_action")}>{smartAlert.action.label}</Button>
            )}
            {smartAlert.sendMode === "PromptUser" ? (
              <Button appearance="primary" onClick={() => answer("send_anyway")}>
                Send Anyway
              </Button>
            ) : null}
            <Button onClick={() => answer("dont_send")}>Don&apos;t Send</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
