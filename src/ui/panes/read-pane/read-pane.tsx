// The read pane: which message Tempo is looking at, and Tempo's activity on its conversation.
import { makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { DetailsList } from "@/ui/components/details-list";
import { EmptyState } from "@/ui/components/empty-state";
import { useReadItem } from "@/ui/hooks/use-read-item";
import { BookingSection } from "./booking-section";
import { TrackingActivitySection } from "./tracking-activity-section";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export function ReadPane() {
  const styles = useStyles();
  const messageHeadingId = useId();
  const message = useReadItem();
  return (
    <>
      <section className={styles.section} aria-labelledby={messageHeadingId}>
        <Subtitle2 as="h2" id={messageHeadingId}>
          This message
        </Subtitle2>
        {message ? (
          <DetailsList
            items={[
              {
                term: "From",
                description: `${message.senderName} (${message.senderEmailAddress})`,
              },
              { term: "Subject", description: message.subject || "(no subject)" },
            ]}
          />
        ) : (
          <EmptyState title="Open a received message to see Tempo's activity on it." />
        )}
      </section>
      <TrackingActivitySection />
      <BookingSection />
    </>
  );
}
