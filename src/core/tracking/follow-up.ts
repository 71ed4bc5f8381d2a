// Decides Tempo's follow-up flag on a tracked email: set after N quiet days, cleared when an answer comes.
import { readInstant } from "./engagement-event";
import { FollowUpState, TrackingStatus, type FollowUp } from "./tracked-email";
import type { TrackingState } from "./tracking-state";

/** Graph `followupFlag` as the core writes it (the port's FollowUpFlag has this shape). ISO UTC. */
export interface FollowUpFlagChange {
  readonly flagStatus: "notFlagged" | "flagged" | "complete";
  readonly startDateTime?: string;
  readonly dueDateTime?: string;
}

export interface FollowUpDecision {
  /** The state's follow-up part; the very same object when it did not change. */
  readonly followUp: FollowUp;
  /** The flag to write onto the message, or undefined when the message's flag stays as it is. */
  readonly flag?: FollowUpFlagChange;
}

export const DEFAULT_FOLLOW_UP_DAYS = 3;
const dayMs = 24 * 60 * 60 * 1000;
const endStatuses: readonly TrackingStatus[] = [
  TrackingStatus.bounced,
  TrackingStatus.unsubscribed,
];

/** A reply, or every recipient hard-bounced or unsubscribed: nothing left to follow up. */
function isSettled(state: TrackingState, recipients: readonly string[]): boolean {
  if (state.status === TrackingStatus.replied) return true;
  if (recipients.length === 0) return endStatuses.includes(state.status);
  return recipients.every((address) => {
    const status = state.recipients.find((recipient) => recipient.address === address)?.status;
    return status !== undefined && endStatuses.includes(status);
  });
}

function decideNewFlag(options: {
  readonly sentDateTime: string | undefined;
  readonly currentFlag: FollowUpFlagChange | undefined;
  readonly followUpDays: number;
  readonly now: string;
}): { followUp: FollowUp; flag: FollowUpFlagChange } | undefined {
  const sentAt = readInstant(options.sentDateTime);
  const nowMs = Date.parse(options.now);
  const isOn = Number.isFinite(options.followUpDays) && options.followUpDays > 0;
  if (!isOn || sentAt === undefined || Number.isNaN(nowMs)) return undefined;
  const dueDateTime = new Date(Date.parse(sentAt) + options.followUpDays * dayMs).toISOString();
  const isDue = nowMs >= Date.parse(dueDateTime);
  // A flag already there is the rep's own ("flagged" or "complete"): Tempo leaves it alone.
  const hasRepFlag =
    options.currentFlag !== undefined && options.currentFlag.flagStatus !== "notFlagged";
  if (!isDue || hasRepFlag) return undefined;
  return {
    followUp: { state: FollowUpState.flagged, dueDateTime },
    // Graph refuses a due date without a start date (GRAPH-FACTS C10).
    flag: { flagStatus: "flagged", startDateTime: sentAt, dueDateTime },
  };
}

/**
 * The follow-up flag for one tracked email. With no reply `followUpDays` after `sentDateTime` (0 =
 * off) and someone still reachable, Tempo flags it (start = sent, due = sent + N days). When an answer
 * comes (a reply, or every recipient bounced or unsubscribed) Tempo clears the flag it set, unless the
 * rep already completed or cleared it. A flag the rep set is never touched. e.g. sent
 * 2025-03-03T09:00Z, 3 days, now 2025-03-06T10:00Z, no reply gives `{ followUp: { state: "flagged",
 * dueDateTime: "2025-03-06T09:00:00.000Z" }, flag: { flagStatus: "flagged", startDateTime:
 * "2025-03-03T09:00:00.000Z", dueDateTime: "2025-03-06T09:00:00.000Z" } }`.
 */
export function decideFollowUp(options: {
  readonly state: TrackingState;
  /** The tracked message's lower-cased To and Cc addresses. */
  readonly recipients: readonly string[];
  readonly sentDateTime: string | undefined;
  /** The flag on the message now; undefined when not known. */
  readonly currentFlag: FollowUpFlagChange | undefined;
  readonly followUpDays: number;
  /** ISO-8601 UTC. */
  readonly now: string;
}): FollowUpDecision {
  const { state } = options;
  const unchanged: FollowUpDecision = { followUp: state.followUp };
  const isSettledNow = isSettled(state, options.recipients);
  if (state.followUp.state === FollowUpState.none) {
    if (isSettledNow) return unchanged;
    return decideNewFlag(options) ?? unchanged;
  }
  if (state.followUp.state === FollowUpState.cleared || !isSettledNow) return unchanged;
  const followUp: FollowUp = { ...state.followUp, state: FollowUpState.cleared };
  // Exchange may store the due date rounded to a day, so "still Tempo's" is judged by the status
  // alone: a rep who completed or cleared it made it theirs. Unknown (not read) counts as Tempo's.
  const isStillTempos =
    options.currentFlag?.flagStatus !== "complete" &&
    options.currentFlag?.flagStatus !== "notFlagged";
  return isStillTempos ? { followUp, flag: { flagStatus: "notFlagged" } } : { followUp };
}
