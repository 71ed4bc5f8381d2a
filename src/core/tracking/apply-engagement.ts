// Applies an engagement event to a tracking state: idempotent by the event's key, statuses by precedence.
import { capTrackingState, type RecipientStatus, type TrackingState } from "./tracking-state";
import { pickStrongerStatus, readEventStatus } from "./tracking-status";
import { TrackingStatus, type EngagementEvent } from "./tracked-email";

function updateRecipients(
  recipients: readonly RecipientStatus[],
  address: string | undefined,
  status: TrackingStatus,
): readonly RecipientStatus[] {
  if (address === undefined || status === TrackingStatus.awaiting) return recipients;
  const index = recipients.findIndex((recipient) => recipient.address === address);
  if (index === -1) return [...recipients, { address, status }];
  const current = recipients[index];
  const stronger = current === undefined ? status : pickStrongerStatus(current.status, status);
  if (stronger === current?.status) return recipients;
  return recipients.map((recipient, i) =>
    i === index ? { address, status: stronger } : recipient,
  );
}

function insertByTime(
  events: readonly EngagementEvent[],
  event: EngagementEvent,
): readonly EngagementEvent[] {
  const index = events.findIndex((existing) => existing.at > event.at);
  return index === -1
    ? [...events, event]
    : [...events.slice(0, index), event, ...events.slice(index)];
}

/**
 * The state after `event`; the very same object when it changes nothing (already applied, or a
 * replay of a trimmed event that changes no status), so callers can skip the write. Statuses only
 * ever get stronger (replied > unsubscribed > bounced > soft_bounced > auto_replied > read_receipt
 * > awaiting), per recipient and overall. e.g. applying the same reply twice gives, the second
 * time, the state the first application returned.
 */
export function applyEngagement(state: TrackingState, event: EngagementEvent): TrackingState {
  const eventStatus = readEventStatus(event);
  const status = pickStrongerStatus(state.status, eventStatus);
  const recipients = updateRecipients(state.recipients, event.recipient, eventStatus);
  const isKnown = state.events.some((existing) => existing.key === event.key);
  const wasTrimmed = state.trimmedThrough !== undefined && event.at <= state.trimmedThrough;
  const isNewEvent = !isKnown && !wasTrimmed;
  const isUnchanged = !isNewEvent && status === state.status && recipients === state.recipients;
  if (isUnchanged) return state;
  const events = isNewEvent ? insertByTime(state.events, event) : state.events;
  // Kept in timeline order, so the same events in any arrival order make the same document.
  const unseen = new Set([...state.unseenKeys, ...(isNewEvent ? [event.key] : [])]);
  const unseenKeys = events.map((known) => known.key).filter((key) => unseen.has(key));
  return capTrackingState({ ...state, status, recipients, events, unseenKeys });
}

/** Applies events in order; the same object when none of them changes anything. */
export function applyEngagements(
  state: TrackingState,
  events: readonly EngagementEvent[],
): TrackingState {
  return events.reduce(applyEngagement, state);
}
