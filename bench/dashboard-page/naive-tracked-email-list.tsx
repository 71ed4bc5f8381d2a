// The bench's baseline: the dashboard's tracked-email rows, all of them in the DOM at once (no virtualization).
import { Badge, Body1Strong, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import {
  describeFollowUp,
  describeRecipients,
  describeStatus,
  formatWhen,
  isFollowUpDue,
} from "../../src/ui/panes/dashboard-pane/tracking-labels";
import type { TrackedEmailListProps } from "../../src/ui/panes/dashboard-pane/tracked-email-list";
import type { DateFormatOptions } from "../../src/ui/panes/dashboard-pane/tracking-labels";
import type { TrackedEmail } from "../../src/core/tracking/tracked-email";

// The scroller and row styles of src/ui/panes/dashboard-pane/tracked-email-list.tsx, minus positioning.
const useStyles = makeStyles({
  scroller: {
    maxHeight: "60vh",
    minHeight: "120px",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { listStyleType: "none", margin: 0, padding: 0, width: "100%" },
  row: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: "none",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  chips: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  ellipsis: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});

/** The same markup as the dashboard's TrackedEmailRow (not exported there, so copied here). */
function NaiveRow(props: {
  readonly email: TrackedEmail;
  readonly isSelected: boolean;
  readonly onSelect: (email: TrackedEmail) => void;
  readonly now: Date;
  readonly dates: DateFormatOptions;
}) {
  const styles = useStyles();
  const { email, now, dates } = props;
  const status = describeStatus(email.status);
  const followUp = describeFollowUp(email.followUp, now, dates);
  const when = formatWhen(email.lastEngagementAt ?? email.sentDateTime, dates);
  return (
    <button
      type="button"
      className={props.isSelected ? `${styles.row} ${styles.selected}` : styles.row}
      aria-current={props.isSelected ? "true" : undefined}
      onClick={() => props.onSelect(email)}
    >
      <Body1Strong className={styles.ellipsis}>{email.subject || "(no subject)"}</Body1Strong>
      <Caption1 className={styles.ellipsis}>
        {describeRecipients(email)}
        {when === "" ? "" : ` · ${when}`}
      </Caption1>
      <span className={styles.chips}>
        <Badge appearance="tint" color={status.color} shape="rounded">
          {status.label}
        </Badge>
        {email.isUnseen ? (
          <Badge appearance="filled" color="brand" shape="rounded">
            New
          </Badge>
        ) : null}
        {followUp === undefined ? null : (
          <Badge
            appearance={isFollowUpDue(email.followUp, now) ? "filled" : "outline"}
            color="important"
            shape="rounded"
          >
            {followUp}
          </Badge>
        )}
      </span>
    </button>
  );
}

/** Takes the dashboard list's props and renders every row. */
export function NaiveTrackedEmailList(props: TrackedEmailListProps) {
  const styles = useStyles();
  const dates = { locale: props.locale, timeZone: props.timeZone };
  return (
    <div className={styles.scroller}>
      <ul className={styles.list} aria-label="Tracked emails">
        {props.emails.map((email, index) => (
          <li key={email.messageId} aria-setsize={props.emails.length} aria-posinset={index + 1}>
            <NaiveRow
              email={email}
              isSelected={email.messageId === props.selectedId}
              onSelect={props.onSelect}
              now={props.now}
              dates={dates}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
