// The signed-in dashboard body (loaded lazily): sync progress, the virtualized list and the selected timeline.
import { Caption1, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { TrackedEmailList } from "./tracked-email-list";
import { TrackedEmailTimeline } from "./tracked-email-timeline";
import type { DateFormatOptions } from "./tracking-labels";
import type { SyncProgress, TrackedEmail, TrackingSnapshot } from "@/core/tracking/tracked-email";

const useStyles = makeStyles({
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

const phaseLabels: Readonly<Record<SyncProgress["phase"], string>> = {
  listing: "Finding tracked emails",
  reading_inbox: "Reading your Inbox",
  updating: "Updating tracked emails",
  done: "Finishing",
};

/** e.g. `{ phase: "updating", done: 3, total: 10 }` gives "Updating tracked emails: 3 of 10". */
export function describeProgress(progress: SyncProgress | undefined): string {
  if (progress === undefined) return "Syncing…";
  const label = phaseLabels[progress.phase] ?? "Syncing";
  const hasTotal = progress.total !== undefined && progress.total > 0;
  return hasTotal ? `${label}: ${String(progress.done)} of ${String(progress.total)}` : `${label}…`;
}

export interface TrackedEmailsViewProps extends DateFormatOptions {
  readonly snapshot: TrackingSnapshot | undefined;
  readonly progress: SyncProgress | undefined;
  readonly isSyncing: boolean;
  /** Called when the rep opens an email with unseen engagement, to mark it seen. */
  readonly onOpen: (messageId: string) => void;
  readonly now?: () => Date;
}

function SyncProgressBar({ progress }: { readonly progress: SyncProgress | undefined }) {
  const styles = useStyles();
  const total = progress?.total;
  const hasTotal = progress !== undefined && total !== undefined && total > 0;
  const text = describeProgress(progress);
  return (
    <div className={styles.progress}>
      <ProgressBar
        aria-label="Syncing tracked emails"
        aria-valuetext={text}
        value={hasTotal ? Math.min(progress.done, total) : undefined}
        max={hasTotal ? total : undefined}
      />
      <Caption1 aria-live="polite">{text}</Caption1>
    </div>
  );
}

export function TrackedEmailsView(props: TrackedEmailsViewProps) {
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const emails = props.snapshot?.emails ?? [];
  const selected = emails.find((email) => email.messageId === selectedId);
  const now = props.now?.() ?? new Date();
  const onSelect = (email: TrackedEmail) => {
    setSelectedId(email.messageId);
    if (email.isUnseen) props.onOpen(email.messageId);
  };
  return (
    <>
      {props.isSyncing ? <SyncProgressBar progress={props.progress} /> : null}
      {emails.length === 0 ? null : (
        <TrackedEmailList
          emails={emails}
          selectedId={selectedId}
          onSelect={onSelect}
          now={now}
          locale={props.locale}
          timeZone={props.timeZone}
        />
      )}
      {selected === undefined ? null : (
        <TrackedEmailTimeline email={selected} locale={props.locale} timeZone={props.timeZone} />
      )}
    </>
  );
}
