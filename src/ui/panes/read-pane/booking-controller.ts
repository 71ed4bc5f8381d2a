// The booking section's state: read the reply, propose times, and book the chosen one.
import { useCallback, useEffect, useState } from "react";
import { bookMeeting, type BookedMeeting } from "@/app/booking/book-meeting";
import { proposeBooking, type BookingProposal } from "@/app/booking/propose-booking";
import { createAppError, isAppError, type AppError } from "@/core/errors/app-error";
import { readOpenReply, type OpenReply } from "./booking-office";
import type { PaneServices } from "@/app/composition-root";
import type { CheckedCandidate } from "@/app/booking/propose-booking";
import type { OfficeApi } from "@/ui/hooks/office-api";

export type BookingState =
  | { readonly status: "loading" }
  | { readonly status: "failed"; readonly error: AppError }
  | { readonly status: "not_a_reply" }
  | {
      readonly status: "proposed" | "booking";
      readonly proposal: BookingProposal;
      readonly open: OpenReply;
    }
  | { readonly status: "booked"; readonly booked: BookedMeeting; readonly open: OpenReply };

export interface BookingEnvironment {
  readonly office: OfficeApi;
  readonly loadServices: () => Promise<PaneServices>;
  readonly repAddress: string;
}

const toAppError = (error: unknown): AppError =>
  isAppError(error) ? error : createAppError("graph_failed", { cause: error });

async function propose(environment: BookingEnvironment): Promise<BookingState> {
  const open = await readOpenReply(environment.office);
  if (open === undefined) return { status: "not_a_reply" };
  const { calendar } = await environment.loadServices();
  const proposal = await proposeBooking(calendar, {
    reply: open.reply,
    repAddress: environment.repAddress,
  });
  return { status: "proposed", proposal, open };
}

/** One proposal per environment, shared: React's StrictMode runs effects twice in development. */
const proposals = new WeakMap<BookingEnvironment, Promise<BookingState>>();

function proposeOnce(environment: BookingEnvironment): Promise<BookingState> {
  const known = proposals.get(environment);
  if (known !== undefined) return known;
  const proposal = propose(environment);
  proposals.set(environment, proposal);
  return proposal;
}

export function useBooking(environment: BookingEnvironment) {
  const [state, setState] = useState<BookingState>({ status: "loading" });

  useEffect(() => {
    let isCurrent = true;
    proposeOnce(environment).then(
      (next) => isCurrent && setState(next),
      (error: unknown) => isCurrent && setState({ status: "failed", error: toAppError(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [environment]);

  const book = useCallback(
    (candidate: CheckedCandidate) => {
      if (state.status !== "proposed" || state.proposal.kind !== "proposal") return;
      const { proposal, open } = state;
      setState({ ...state, status: "booking" });
      environment
        .loadServices()
        .then(({ calendar }) =>
          bookMeeting(calendar, {
            offerId: proposal.offer.offerId,
            slot: candidate.slot,
            prospect: open.prospect,
            threadSubject: open.reply.subject,
            quote: candidate.quote,
          }),
        )
        .then(
          (booked) => setState({ status: "booked", booked, open }),
          (error: unknown) => setState({ status: "failed", error: toAppError(error) }),
        );
    },
    [state, environment],
  );

  return { state, book };
}
