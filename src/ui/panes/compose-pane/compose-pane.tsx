// The compose pane: mark this email for tracking, see who it goes to, and the send-later and availability tools.
import { Caption1, makeStyles, Subtitle2, Switch, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { EmptyState } from "@/ui/components/empty-state";
import { ErrorMessage } from "@/ui/components/error-message";
import { FeatureCard } from "@/ui/components/feature-card";
import { useComposeRecipients } from "@/ui/hooks/use-compose-recipients";
import { countRecipients, formatRecipientLine } from "./recipient-summary";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface ComposePaneProps {
  /** Whether tracking starts on; settings' "track by default" will feed this. */
  readonly isTrackedInitially?: boolean;
}

function RecipientSummary() {
  const { recipients, ownEmailAddress, error } = useComposeRecipients();
  if (error) {
    return <ErrorMessage error={error} />;
  }
  if (!recipients) {
    return <EmptyState title="Open Tempo from a message you are writing to see its recipients." />;
  }
  const hasCc = recipients.cc.length > 0;
  return (
    <div aria-live="polite">
      <Caption1 as="p">
        {formatRecipientLine("To", countRecipients(recipients.to, ownEmailAddress))}
      </Caption1>
      {hasCc ? (
        <Caption1 as="p">
          {formatRecipientLine("Cc", countRecipients(recipients.cc, ownEmailAddress))}
        </Caption1>
      ) : null}
    </div>
  );
}

export function ComposePane({ isTrackedInitially = false }: ComposePaneProps) {
  const styles = useStyles();
  const headingId = useId();
  // Kept in the pane for now; issue #5 stores it on the item for the OnMessageSend handler.
  const [isTracked, setIsTracked] = useState(isTrackedInitially);
  return (
    <>
      <section className={styles.section} aria-labelledby={headingId}>
        <Subtitle2 as="h2" id={headingId}>
          Tracking
        </Subtitle2>
        <Switch
          label="Track this email"
          checked={isTracked}
          onChange={(_event, data) => setIsTracked(data.checked)}
        />
        <Caption1 as="p">
          Tempo watches for replies, auto-replies and bounces. Nothing is added that the recipient
          sees.
        </Caption1>
        <RecipientSummary />
      </section>
      <FeatureCard
        title="Send later"
        description="Schedule this email to arrive at a time that suits the recipient, in their time zone."
        actionLabel="Choose a send time"
      />
      <FeatureCard
        title="Insert availability"
        description="Insert your free times from your calendar into the message, in the recipient's time zone."
        actionLabel="Insert free times"
      />
    </>
  );
}
