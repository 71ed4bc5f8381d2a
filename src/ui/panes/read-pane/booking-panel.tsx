// The loaded part of "Book a meeting": the times the reply proposes, checked against the calendar, and one-click booking.
import {
  Body1,
  Button,
  makeStyles,
  Radio,
  RadioGroup,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { ErrorMessage } from "@/ui/components/error-message";
import { useBooking, type BookingEnvironment } from "./booking-controller";
import type { BookedMeeting } from "@/app/booking/book-meeting";
import type { BookingAskReason, CheckedCandidate } from "@/app/booking/propose-booking";
import type { TimeRange } from "@/core/time/time-range";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const askTexts: Readonly<Record<BookingAskReason, string>> = {
  ambiguous: "The reply could mean more than one of the offered times. Which one?",
  several: "The reply names more than one time. Which one?",
  not_offered: "The reply names a time you did not offer. Book it anyway?",
  conflict:
    "Your calendar is no longer free at that time. Choose another, or reply to the prospect.",
};

/** e.g. "Thu, Nov 26, 2:30 – 3:00 PM" in the rep's own zone and language. */
function describeSlot(slot: TimeRange): string {
  const format = new Intl.DateTimeFormat(undefined, {
    weekday: "short",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
  });
  return format.formatRange(new Date(slot.startUtc), new Date(slot.endUtc));
}

function describeCandidate(candidate: CheckedCandidate): string {
  const notes = [
    candidate.isOffered ? "" : "not offered",
    candidate.isFree ? "" : "busy on your calendar",
  ].filter(Boolean);
  return `${describeSlot(candidate.slot)} (“${candidate.quote}”)${notes.length ? ` — ${notes.join(", ")}` : ""}`;
}

function describeBooked(booked: BookedMeeting, who: string): string {
  const teams = {
    created: "with a Teams link",
    not_allowed: "without a Teams link (your calendar does not allow Teams meetings)",
    fell_back: "but Outlook did not add the Teams link; add one from Outlook if you need it",
  }[booked.teams];
  const holds = booked.releasedHolds > 0 ? ` Released ${booked.releasedHolds} held times.` : "";
  return `Booked ${describeSlot(booked.slot)} and invited ${who}, ${teams}.${holds}`;
}

export default function BookingPanel({
  environment,
}: {
  readonly environment: BookingEnvironment;
}) {
  const styles = useStyles();
  const { state, book } = useBooking(environment);
  const [choice, setChoice] = useState<string>();

  if (state.status === "loading") return <Spinner size="tiny" label="Reading the reply…" />;
  if (state.status === "failed") return <ErrorMessage error={state.error} />;
  if (state.status === "not_a_reply")
    return <Body1 as="p">Open the prospect&apos;s reply to book a meeting from it.</Body1>;
  if (state.status === "booked")
    return (
      <div role="status">
        <Body1 as="p">
          {describeBooked(state.booked, state.open.prospect.name ?? state.open.prospect.address)}
        </Body1>
      </div>
    );
  const { proposal } = state;
  if (proposal.kind === "no_offer")
    return <Body1 as="p">No times were offered with Tempo in this conversation.</Body1>;
  if (proposal.kind === "no_time")
    return <Body1 as="p">Tempo found no time in this reply. Reply to agree on one.</Body1>;
  const [only] = proposal.candidates;
  const isOneClick = proposal.askReason === undefined && only !== undefined;
  const isBusy = state.status === "booking";
  if (isOneClick)
    return (
      <div className={styles.panel}>
        <Body1 as="p">{`Proposed: ${describeCandidate(only)}`}</Body1>
        <Button appearance="primary" disabled={isBusy} onClick={() => book(only)}>
          {isBusy ? "Booking…" : `Book ${describeSlot(only.slot)}`}
        </Button>
      </div>
    );
  const chosen = proposal.candidates.find((candidate) => candidate.slot.startUtc === choice);
  return (
    <div className={styles.panel}>
      <Body1 as="p">{askTexts[proposal.askReason ?? "several"]}</Body1>
      <RadioGroup
        aria-label="Proposed times"
        value={choice ?? ""}
        onChange={(_event, data) => setChoice(data.value)}
      >
        {proposal.candidates.map((candidate) => (
          <Radio
            key={candidate.slot.startUtc}
            value={candidate.slot.startUtc}
            label={describeCandidate(candidate)}
          />
        ))}
      </RadioGroup>
      <Button
        appearance="primary"
        disabled={chosen === undefined || isBusy}
        onClick={() => chosen && book(chosen)}
      >
        {isBusy ? "Booking…" : "Book the chosen time"}
      </Button>
    </div>
  );
}
