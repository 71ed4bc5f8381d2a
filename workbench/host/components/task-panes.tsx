// The task-pane column: each open pane is an iframe of the built pane page, with pin and close controls.
import { Button, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useCallback } from "react";
import { useHostServices, useHostState } from "../host-context";
import type { OpenPane } from "../state/host-store";

const useStyles = makeStyles({
  aside: {
    display: "flex",
    flexDirection: "column",
    width: "350px",
    flexShrink: 0,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    padding: tokens.spacingHorizontalS,
  },
  title: { flexGrow: 1 },
  frame: {
    border: "none",
    flexGrow: 1,
    width: "100%",
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

function TaskPane({ pane }: { pane: OpenPane }) {
  const styles = useStyles();
  const { store, actions } = useHostServices();
  // The frame's window is stable across its navigations, so registering it once identifies every request it makes.
  const attach = useCallback(
    (element: HTMLIFrameElement | null) => {
      const record = { kind: "pane", paneId: pane.paneId, surface: pane.surface } as const;
      if (element?.contentWindow) store.registerFrame(element.contentWindow, record);
    },
    [store, pane.paneId, pane.surface],
  );
  return (
    <>
      <div className={styles.header}>
        <Subtitle2 as="h2" className={styles.title}>
          {pane.label}
        </Subtitle2>
        {pane.supportsPinning && (
          <Button
            appearance="subtle"
            aria-pressed={pane.pinned}
            onClick={() => actions.togglePin(pane.paneId)}
          >
            {pane.pinned ? "Unpin" : "Pin"}
          </Button>
        )}
        <Button
          appearance="subtle"
          aria-label={`Close ${pane.label}`}
          onClick={() => actions.closePane(pane.paneId)}
        >
          ✕
        </Button>
      </div>
      <iframe
        ref={attach}
        className={styles.frame}
        title={`Tempo task pane: ${pane.label}`}
        src={pane.src}
      />
    </>
  );
}

export function TaskPanes() {
  const styles = useStyles();
  const { panes, compose, selected } = useHostState();
  const visible = panes.filter((pane) =>
    pane.surface === "compose" ? compose !== null : selected !== null,
  );
  if (visible.length === 0) return null;
  return (
    <aside className={styles.aside} aria-label="Add-in task pane">
      {visible.map((pane) => (
        <TaskPane key={pane.paneId} pane={pane} />
      ))}
    </aside>
  );
}
