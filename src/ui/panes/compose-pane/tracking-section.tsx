// Compose pane section: whether this email is tracked (the mark on the item), and who it goes to.
import { Caption1, makeStyles, Subtitle2, Switch, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { TrackingChoice } from "@/core/tracking/tracking-marker";
import { EmptyState } from "@/ui/components/empty-state";
import { ErrorMessage } from "@/ui/components/error-message";
import {
  useComposeRecipients,
  type ComposeRecipientsState,
} from "@/ui/hooks/use-compose-recipients";
import { useTrackExternalByDefault } from "@/ui/hooks/use-roaming-preferences";
import { countRecipients, formatRecipientLine } from "./recipient-summary";
import { describeTracking } from "./tracking-decision";
import { useTrackingMark } from "./tracking-mark";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface TrackingSectionProps {
  /** What the switch shows before the item's mark is known (or outside Outlook). */
  readonly isTrackedInitially?: boolean;
}

function RecipientSummary({ recipients, ownEmailAddress, error }: ComposeRecipientsState) {
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
  const hintId = useId();
  const recipients = useComposeRecipients();
  const trackExternal = useTrackExternalByDefault();
  const { state, isSaving, pendingIsTracked, writeError, setTracked } = useTrackingMark();
  const savedMark = state.status === "ready" ? state.mark : undefined;
  // While a change is saved the switch already shows it; a failed save puts the saved mark back.
  const mark =
    savedMark !== undefined && pendingIsTracked !== undefined
      ? { ...savedMark, choice: pendingIsTracked ? TrackingChoice.on : TrackingChoice.off }
      : savedMark;
  const tracking = describeTracking({
    mark,
    isTrackedInitially,
    isDefaultOn: trackExternal.value,
    recipients: recipients.recipients,
    ownEmailAddress: recipients.ownEmailAddress,
  });
  const canChange = state.status === "ready" && !isSaving;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        Tracking
      </Subtitle2>
      <Switch
        label="Track this email"
        checked={tracking.isTracked}
        disabled={!canChange}
        aria-describedby={hintId}
        // setTracked keeps its own failure in state, which ErrorMessage shows below.
        onChange={(_event, data) => void setTracked(data.checked)}
      />
      {tracking.isByDefault ? (
        <Caption1 as="p" aria-live="polite">
          Tracked by default: external recipient
        </Caption1>
      ) : null}
      <Caption1 as="p" id={hintId}>
        Tempo watches for replies, auto-replies and bounces. Nothing is added that the recipient
        sees.
      </Caption1>
      <ErrorMessage error={state.status === "unavailable" ? state.error : writeError} />
      <RecipientSummary {...recipients} />
    </section>
  );
}
