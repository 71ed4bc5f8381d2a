// Dashboard section: the rep's tracked emails and what came back for each, or how to start tracking.
import { Body1, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { EmptyState } from "@/ui/components/empty-state";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  row: {
    padding: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** One tracked email as the dashboard lists it; filled from Graph once sign-in lands. */
export interface TrackedEmailRow {
  readonly id: string;
  readonly subject: string;
  readonly recipient: string;
  readonly statusText: string;
}

export interface DashboardPaneProps {
  readonly trackedEmails?: readonly TrackedEmailRow[];
}

export function TrackedEmailsSection({ trackedEmails = [] }: DashboardPaneProps) {
  const styles = useStyles();
  const headingId = useId();
  const hasTrackedEmails = trackedEmails.length > 0;
  return (
    <section aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        Tracked emails
      </Subtitle2>
      {hasTrackedEmails ? null : (
        <EmptyState title="No tracked emails yet.">
          Turn on Track in the compose pane to see replies, auto-replies and bounces here.
        </EmptyState>
      )}
      <ul className={styles.list} aria-labelledby={headingId}>
        {trackedEmails.map((email) => (
          <li key={email.id} className={styles.row}>
            <Body1 as="p">{email.subject}</Body1>
            <Caption1 as="p">
              {email.recipient} · {email.statusText}
            </Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
