// Frames the user does not see in a layout slot: Office dialogs as an overlay, and launch-event runtimes.
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback } from "react";
import { useHostServices, useHostState } from "../host-context";
import type { LaunchRun, OpenDialog } from "../state/host-store";

const useStyles = makeStyles({
  backdrop: {
    position: "fixed",
    inset: 0,
    backgroundColor: "rgba(0,0,0,0.4)",
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    zIndex: 10,
  },
  dialog: {
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow64,
    borderRadius: tokens.borderRadiusMedium,
  },
  bar: { display: "flex", justifyContent: "flex-end", padding: tokens.spacingHorizontalXS },
  frame: { border: "none", flexGrow: 1 },
});

function DialogFrame({ dialog }: { dialog: OpenDialog }) {
  const styles = useStyles();
  const { store, dialogs } = useHostServices();
  const attach = useCallback(
    (element: HTMLIFrameElement | null) => {
      if (element?.contentWindow)
        store.registerFrame(element.contentWindow, { kind: "dialog", dialogId: dialog.dialogId });
    },
    [store, dialog.dialogId],
  );
  return (
    <div className={styles.backdrop}>
      <div
        role="dialog"
        aria-modal="true"
        aria-label="Add-in dialog"
        className={styles.dialog}
        style={{ width: `${dialog.widthPercent}vw`, height: `${dialog.heightPercent}vh` }}
      >
        <div className={styles.bar}>
          <Button
            appearance="subtle"
            aria-label="Close dialog"
            onClick={() => dialogs.closedByUser(dialog.dialogId)}
          >
            ✕
          </Button>
        </div>
        <iframe ref={attach} className={styles.frame} title="Tempo dialog" src={dialog.src} />
      </div>
    </div>
  );
}

function LaunchFrame({ run }: { run: LaunchRun }) {
  const { store } = useHostServices();
  const attach = useCallback(
    (element: HTMLIFrameElement | null) => {
      if (element?.contentWindow)
        store.registerFrame(element.contentWindow, { kind: "launch", eventId: run.eventId });
    },
    [store, run.eventId],
  );
  return (
    <iframe ref={attach} hidden title={`Tempo event runtime: ${run.eventType}`} src={run.src} />
  );
}

export function HiddenFrames() {
  const { dialogs, launches } = useHostState();
  return (
    <>
      {dialogs
        .filter((dialog) => dialog.displayInIframe)
        .map((dialog) => (
          <DialogFrame key={dialog.dialogId} dialog={dialog} />
        ))}
      {launches.map((run) => (
        <LaunchFrame key={run.eventId} run={run} />
      ))}
    </>
  );
}
