// The add-in's ribbon group for the current surface, built from manifest.xml: label, icon and the pane it opens.
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useHostServices, useHostState } from "../host-context";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalM}`,
  },
  // A plain group, not Fluent Toolbar: its focus-trap sentinels trip axe (aria-hidden-focus).
  group: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} 0`,
  },
  icon: { width: "16px", height: "16px" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export function RibbonBar({ surface }: { surface: "read" | "compose" }) {
  const styles = useStyles();
  const { actions } = useHostServices();
  const { manifest, manifestError } = useHostState();
  const buttons = (surface === "read" ? manifest?.readButtons : manifest?.composeButtons) ?? [];
  return (
    <div className={styles.bar}>
      <div
        role="group"
        className={styles.group}
        aria-label={surface === "read" ? "Message ribbon" : "Compose ribbon"}
      >
        {buttons.map((button) => (
          <Button
            key={button.id}
            appearance="subtle"
            title={button.tooltip || undefined}
            icon={
              button.iconUrl === undefined ? undefined : (
                <img className={styles.icon} src={button.iconUrl} alt="" />
              )
            }
            onClick={() => actions.openPane(button, surface)}
            disabled={button.action.kind !== "taskpane"}
          >
            {button.label}
          </Button>
        ))}
      </div>
      {manifestError !== null && <Caption1 className={styles.error}>{manifestError}</Caption1>}
    </div>
  );
}
