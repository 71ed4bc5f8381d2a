// One tracked email's timeline, oldest first: what came back, from whom and when, and a way to open it.
import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  makeStyles,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { createAppError, type AppError } from "@/core/errors/app-error";
import { ErrorMessage } from "@/ui/components/error-message";
import { useOfficeContext } from "@/ui/hooks/use-office-context";
import {
  describeEventKind,
  describeRecipients,
  describeStatus,
  formatWhen,
  type DateFormatOptions,
} from "./tracking-labels";
import type { EngagementEvent, TrackedEmail } from "@/core/tracking/tracked-email";
import type { MailboxApi, OfficeApi } from "@/ui/hooks/office-api";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  events: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  event: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
});

/** Mailbox 1.3 members that open an existing message in Outlook's own window. */
interface MessageFormMailbox {
  convertToEwsId(itemId: string, restVersion: Office.MailboxEnums.RestVersion | string): string;
  displayMessageForm(itemId: string): void;
}

function readMessageOpener(office: OfficeApi | undefined): MessageFormMailbox | undefined {
  const mailbox: (MailboxApi & Partial<MessageFormMailbox>) | undefined =
    office?.context.mailbox ?? undefined;
  const isSupported = office?.context.requirements.isSetSupported("Mailbox", "1.3") ?? false;
  if (!mailbox || !isSupported) return undefined;
  const { convertToEwsId, displayMessageForm } = mailbox;
  if (typeof convertToEwsId !== "function" || typeof displayMessageForm !== "function") {
    return undefined;
  }
  return mailbox as MailboxApi & MessageFormMailbox;
}

/** The contract says oldest first; a stable sort keeps that true even for hand-edited state. */
function sortOldestFirst(events: readonly EngagementEvent[]): EngagementEvent[] {
  return [...events].sort((a, b) => a.at.localeCompare(b.at));
}

export interface TrackedEmailTimelineProps extends DateFormatOptions {
  readonly email: TrackedEmail;
}

function TimelineEvent(props: {
  readonly event: EngagementEvent;
  readonly dates: DateFormatOptions;
  readonly onOpen: ((event: EngagementEvent) => void) | undefined;
}) {
  const styles = useStyles();
  const { event } = props;
  const canOpen = props.onOpen !== undefined && event.inboundMessageId !== undefined;
  return (
    <li className={styles.event}>
      <Body1Strong>{describeEventKind(event.kind)}</Body1Strong>
      <Caption1>
        {event.recipient ?? "Sender unknown"} · {formatWhen(event.at, props.dates)}
      </Caption1>
      {event.summary === "" ? null : <Body1>{event.summary}</Body1>}
      {canOpen ? (
        <Button size="small" appearance="secondary" onClick={() => props.onOpen?.(event)}>
          Open message
        </Button>
      ) : null}
    </li>
  );
}

export function TrackedEmailTimeline({ email, locale, timeZone }: TrackedEmailTimelineProps) {
  const styles = useStyles();
  const headingId = useId();
  const opener = readMessageOpener(useOfficeContext());
  const [openError, setOpenError] = useState<AppError | undefined>(undefined);
  const dates = { locale, timeZone };
  const sent = formatWhen(email.sentDateTime, dates);
  const onOpen =
    opener === undefined
      ? undefined
      : (event: EngagementEvent) => {
          if (event.inboundMessageId === undefined) return;
          try {
            setOpenError(undefined);
            // displayMessageForm takes an EWS id; Tempo keeps Graph (REST) ids.
            opener.displayMessageForm(opener.convertToEwsId(event.inboundMessageId, "v2.0"));
          } catch (cause: unknown) {
            setOpenError(createAppError("office_call_failed", { cause }));
          }
        };
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        Timeline: {email.subject || "(no subject)"}
      </Subtitle2>
      <Caption1 as="p">
        {describeStatus(email.status).label} · to {describeRecipients(email)}
        {sent === "" ? "" : ` · sent ${sent}`}
      </Caption1>
      {email.events.length === 0 ? (
        <Body1 as="p">No replies, auto-replies or bounces yet.</Body1>
      ) : (
        <ol className={styles.events} aria-label="Events, oldest first">
          {sortOldestFirst(email.events).map((event) => (
            <TimelineEvent key={event.key} event={event} dates={dates} onOpen={onOpen} />
          ))}
        </ol>
      )}
      <ErrorMessage error={openError} />
    </section>
  );
}
