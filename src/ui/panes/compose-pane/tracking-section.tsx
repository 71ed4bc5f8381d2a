// Compose pane section: whether this email is tracked, and who it goes to.
import { Caption1, makeStyles, Subtitle2, Switch, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { EmptyState } from "@/ui/components/empty-state";
import { ErrorMessage } from "@/ui/components/error-message";
import { useComposeRecipients } from "@/ui/hooks/use-compose-recipients";
import { countRecipients, formatRecipientLine } from "./recipient-summary";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface TrackingSectionProps {
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

export function TrackingSection({ isTrackedInitially = false }: TrackingSectionProps) {
  const styles = useStyles();
  const headingId = useId();
  // Kept in the pane for now; issue #5 stores it on the item for the OnMessageSend handler.
  const [isTracked, setIsTracked] = useState(isTrackedInitially);
  return (
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
  );
}
