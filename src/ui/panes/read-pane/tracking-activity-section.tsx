// Read pane section: Tempo's activity on this conversation (engagement on tracked mail).
import { makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { EmptyState } from "@/ui/components/empty-state";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export function TrackingActivitySection() {
  const styles = useStyles();
  const activityHeadingId = useId();
  return (
    <section className={styles.section} aria-labelledby={activityHeadingId}>
      <Subtitle2 as="h2" id={activityHeadingId}>
        Conversation activity
      </Subtitle2>
      <EmptyState title="No Tempo activity on this conversation yet">
        Replies, auto-replies, bounces and proposed meeting times for tracked emails in this
        conversation appear here.
      </EmptyState>
    </section>
  );
}
