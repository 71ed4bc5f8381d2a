// Dashboard section: every email waiting to be sent (read from Drafts), when it goes out in both zones, cancel and reschedule.
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { describeSendTime, formatInZone } from "@/core/scheduling/send-later-format";
import { resolveSendTime } from "@/core/scheduling/send-later-time";
import { resolveTimeZone, type IanaTimeZone } from "@/core/time/zones";
import { ErrorMessage } from "@/ui/components/error-message";
import { useScheduledSends, type ScheduledSendsController } from "./scheduled-sends-controller";
import type { ScheduledSendRow } from "@/app/send-later/send-later-service";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: 0 },
  row: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

function repZone(): IanaTimeZone {
  const zone = resolveTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
  return zone.ok ? zone.timeZone : ("UTC" as IanaTimeZone);
}

function prospectZoneOf(row: ScheduledSendRow): IanaTimeZone | undefined {
  const zone =
    row.prospectTimeZone === undefined ? undefined : resolveTimeZone(row.prospectTimeZone);
  return zone?.ok === true ? zone.timeZone : undefined;
}

function RescheduleFields({
  row,
  controller,
}: {
  row: ScheduledSendRow;
  controller: ScheduledSendsController;
}) {
  const styles = useStyles();
  const [date, setDate] = useState("");
  const [time, setTime] = useState("");
  const zone = prospectZoneOf(row) ?? repZone();
  const resolution =
    date === "" || time === ""
      ? undefined
      : resolveSendTime({ date, time, timeZone: zone, now: new Date().toISOString() });
  const note =
    resolution === undefined
      ? undefined
      : describeSendTime({ resolution, date, time, timeZone: zone });
  return (
    <div className={styles.actions}>
      <Field label={`New date (${zone})`}>
        <Input type="date" value={date} onChange={(_event, data) => setDate(data.value)} />
      </Field>
      <Field label={`New time (${zone})`}>
        <Input type="time" value={time} onChange={(_event, data) => setTime(data.value)} />
      </Field>
      {note === undefined ? null : <Caption1 as="p">{note}</Caption1>}
      <Button
        disabled={resolution?.ok !== true || controller.busyIds.has(row.id)}
        onClick={() => resolution?.ok === true && controller.reschedule(row, resolution.sendAtUtc)}
      >
        Save new time
      </Button>
    </div>
  );
}

function ScheduledRow({
  row,
  controller,
}: {
  row: ScheduledSendRow;
  controller: ScheduledSendsController;
}) {
  const styles = useStyles();
  const [isRescheduling, setIsRescheduling] = useState(false);
  const prospectZone = prospectZoneOf(row);
  const isBusy = controller.busyIds.has(row.id);
  const recipients = row.to.map((recipient) => recipient.name ?? recipient.address).join(", ");
  return (
    <li className={styles.row} aria-label={row.subject}>
      <Body1 as="p">
        <strong>{row.subject === "" ? "(no subject)" : row.subject}</strong> to {recipients}
      </Body1>
      <Caption1 as="p">
        {prospectZone === undefined
          ? ""
          : `Sends ${formatInZone(row.sendAtUtc, prospectZone)} their time; `}
        {`${prospectZone === undefined ? "Sends " : ""}${formatInZone(row.sendAtUtc, repZone())} your time.`}
      </Caption1>
      {row.hasProspectReplied ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>Prospect replied — cancel this scheduled email?</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button disabled={isBusy} onClick={() => controller.cancel(row)}>
          {row.hasProspectReplied ? "Yes, cancel it" : "Cancel send"}
        </Button>
        <Button disabled={isBusy} onClick={() => setIsRescheduling((open) => !open)}>
          Reschedule
        </Button>
        {row.scheduleId === undefined ? (
          <Badge appearance="outline">Scheduled in Outlook</Badge>
        ) : null}
      </div>
      {isRescheduling ? <RescheduleFields row={row} controller={controller} /> : null}
    </li>
  );
}

export function ScheduledSendsSection() {
  const styles = useStyles();
  const headingId = useId();
  const controller = useScheduledSends();
  const { state } = controller;
  return (
    <section aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        Scheduled sends
      </Subtitle2>
      {state.status === "loading" ? <Body1 as="p">Loading scheduled sends…</Body1> : null}
      {state.status === "unavailable" ? (
        <Body1 as="p">Scheduled sends are not available here.</Body1>
      ) : null}
      {state.status === "signed_out" ? (
        <Button onClick={controller.signIn}>Sign in to see scheduled sends</Button>
      ) : null}
      {state.status === "ready" ? (
        <>
          {state.rows.length === 0 ? <Body1 as="p">Nothing is waiting to be sent.</Body1> : null}
          <ul className={styles.list} aria-label="Scheduled emails">
            {state.rows.map((row) => (
              <ScheduledRow key={row.id} row={row} controller={controller} />
            ))}
          </ul>
          <Button onClick={controller.refresh}>Refresh scheduled sends</Button>
        </>
      ) : null}
      {controller.notice === undefined ? null : (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>{controller.notice}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorMessage error={controller.error} />
      <Caption1 as="p">
        Cancelling puts the email back in Drafts. Rescheduling cancels and schedules again:
        Microsoft documents no way to change the time of a held send. Emails scheduled with
        Outlook&apos;s own delivery time in classic Outlook on Windows are not listed and cannot be
        cancelled there (Microsoft: &quot;Manage the delivery date and time of a message&quot;).
      </Caption1>
    </section>
  );
}
