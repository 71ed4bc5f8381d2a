// Read pane section: Tempo's activity on this conversation, e.g. "Replied to your tracked email of Tue 3 Nov".
import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import { EmptyState } from "@/ui/components/empty-state";
import { ErrorMessage } from "@/ui/components/error-message";
import { useOfficeContext } from "@/ui/hooks/use-office-context";
import { usePaneServices } from "@/ui/hooks/use-pane-services";
import { useTrackingActivity, type TrackingActivity } from "./tracking-activity";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

const noActivityTitle = "No Tempo activity on this conversation yet";
const noActivityHint =
  "Replies, auto-replies, bounces and proposed meeting times for tracked emails in this conversation appear here.";

function ActivityBody({ activity, retry }: { activity: TrackingActivity; retry: () => void }) {
  switch (activity.status) {
    case "loading":
      return <Caption1 as="p">Checking Tempo's tracked emails…</Caption1>;
    case "signed_out":
      return (
        <EmptyState title="Sign in to Tempo to see activity here.">
          Open Tempo's dashboard or settings and select Sign in.
        </EmptyState>
      );
    case "failed":
      return (
        <>
          <ErrorMessage error={activity.error} />
          <Button onClick={retry}>Try again</Button>
        </>
      );
    case "engagement": {
      const { tracked, infoBarText } = activity.info;
      return (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{infoBarText}</MessageBarTitle>
            {tracked.subject || "(no subject)"}
          </MessageBarBody>
        </MessageBar>
      );
    }
    default:
      return <EmptyState title={noActivityTitle}>{noActivityHint}</EmptyState>;
  }
}

export function TrackingActivitySection() {
  const styles = useStyles();
  const activityHeadingId = useId();
  const activity = useTrackingActivity(useOfficeContext(), usePaneServices());
  return (
    <section className={styles.section} aria-labelledby={activityHeadingId}>
      <Subtitle2 as="h2" id={activityHeadingId}>
        Conversation activity
      </Subtitle2>
      <div aria-live="polite">
        <ActivityBody activity={activity} retry={activity.retry} />
      </div>
    </section>
  );
}
