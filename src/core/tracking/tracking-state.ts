// The versioned tracking-state document kept on each tracked Sent Items message: shape, tolerant parse, capped write.
import {
  isOneOf,
  readAddress,
  readEngagementEvent,
  readInstant,
  readObject,
} from "./engagement-event";
import {
  FollowUpState,
  TrackingStatus,
  type EngagementEvent,
  type FollowUp,
} from "./tracked-email";
import { pickStrongerStatus, readEventStatus } from "./tracking-status";

export interface RecipientStatus {
  /** Lower-cased SMTP address. */
  readonly address: string;
  readonly status: TrackingStatus;
}

/**
 * Version 1 of the document. Statuses are kept beside the events, so trimming old events for size
 * never changes what the rep sees as the outcome.
 */
export interface TrackingState {
  readonly v: 1;
  /** The most telling status over all events ever applied. */
  readonly status: TrackingStatus;
  /** Recipients whose status is not "awaiting", in the order they first engaged. */
  readonly recipients: readonly RecipientStatus[];
  /** The timeline, oldest first; keys are unique. */
  readonly events: readonly EngagementEvent[];
  /** Keys of events the rep has not looked at yet (smaller than a list of seen keys). */
  readonly unseenKeys: readonly string[];
  /** Events at or before this instant were trimmed for size; their replays are not re-added. */
  readonly trimmedThrough?: string;
  readonly followUp: FollowUp;
}

/** Why a stored document was not taken as it was. */
export const TrackingStateIssue = {
  notJson: "not_json",
  oversized: "oversized",
  notAnObject: "not_an_object",
  unknownVersion: "unknown_version",
  /** Written by a newer Tempo: read as fresh, and never overwritten by this one. */
  newerVersion: "newer_version",
  /** Some fields or events were invalid and dropped; the valid rest was kept. */
  invalidParts: "invalid_parts",
} as const;
export type TrackingStateIssue = (typeof TrackingStateIssue)[keyof typeof TrackingStateIssue];

export interface ParsedTrackingState {
  readonly state: TrackingState;
  /** Undefined when the document was read as it was (or there was none yet). */
  readonly issue?: TrackingStateIssue;
}

/** Exchange keeps string properties of any size, but every read of the list carries them: stay small. */
export const MAX_STATE_CHARS = 12 * 1024;
/** Anything longer is not Tempo's writing: it is not even parsed. */
export const MAX_STORED_STATE_CHARS = 64 * 1024;

/** A state with no engagement and no flag. */
export function createTrackingState(): TrackingState {
  return {
    v: 1,
    status: TrackingStatus.awaiting,
    recipients: [],
    events: [],
    unseenKeys: [],
    followUp: { state: FollowUpState.none },
  };
}

function readEvents(value: unknown): { events: EngagementEvent[]; isValid: boolean } {
  if (!Array.isArray(value)) return { events: [], isValid: value === undefined };
  const byKey = new Map<string, EngagementEvent>();
  for (const item of value) {
    const event = readEngagementEvent(item);
    if (event !== undefined && !byKey.has(event.key)) byKey.set(event.key, event);
  }
  const events = [...byKey.values()].sort((a, b) => a.at.localeCompare(b.at));
  return { events, isValid: events.length === value.length };
}

function readRecipients(value: unknown): { recipients: RecipientStatus[]; isValid: boolean } {
  if (!Array.isArray(value)) return { recipients: [], isValid: value === undefined };
  const byAddress = new Map<string, RecipientStatus>();
  for (const item of value) {
    const raw = readObject(item);
    const address = readAddress(raw?.["address"]);
    const status = raw?.["status"];
    if (address !== undefined && isOneOf(TrackingStatus, status) && !byAddress.has(address))
      byAddress.set(address, { address, status });
  }
  const recipients = [...byAddress.values()];
  return { recipients, isValid: recipients.length === value.length };
}

function readFollowUp(value: unknown): FollowUp | undefined {
  const raw = readObject(value);
  const state = raw?.["state"];
  if (!isOneOf(FollowUpState, state)) return undefined;
  const dueDateTime = readInstant(raw?.["dueDateTime"]);
  return dueDateTime === undefined ? { state } : { state, dueDateTime };
}

function readStateFields(raw: Readonly<Record<string, unknown>>): ParsedTrackingState {
  const { events, isValid: areEventsValid } = readEvents(raw["events"]);
  const { recipients, isValid: areRecipientsValid } = readRecipients(raw["recipients"]);
  const keys = new Set(events.map((event) => event.key));
  const rawUnseen: unknown = raw["unseenKeys"];
  const unseenKeys = Array.isArray(rawUnseen)
    ? [
        ...new Set(
          rawUnseen.filter((key): key is string => typeof key === "string" && keys.has(key)),
        ),
      ]
    : [];
  const trimmedThrough = readInstant(raw["trimmedThrough"]);
  const followUp = readFollowUp(raw["followUp"]);
  const storedStatus = isOneOf(TrackingStatus, raw["status"]) ? raw["status"] : undefined;
  // The status can only be as strong as the evidence kept, or stronger when events were trimmed.
  const status = [...recipients.map((r) => r.status), ...events.map(readEventStatus)].reduce(
    pickStrongerStatus,
    storedStatus ?? TrackingStatus.awaiting,
  );
  const state: TrackingState = {
    v: 1,
    status,
    recipients,
    events,
    unseenKeys,
    ...(trimmedThrough === undefined ? {} : { trimmedThrough }),
    followUp: followUp ?? { state: FollowUpState.none },
  };
  const isValid =
    areEventsValid &&
    areRecipientsValid &&
    storedStatus === status &&
    (rawUnseen === undefined ||
      (Array.isArray(rawUnseen) && unseenKeys.length === rawUnseen.length)) &&
    (raw["trimmedThrough"] === undefined || trimmedThrough !== undefined) &&
    followUp !== undefined;
  return isValid ? { state } : { state, issue: TrackingStateIssue.invalidParts };
}

/**
 * Reads a stored document; never throws. Garbled, oversized or unknown-version input gives a fresh
 * state and the issue; a version-1 document with bad parts keeps its valid parts, e.g.
 * `parseTrackingState("{oops")` gives `{ state: createTrackingState(), issue: "not_json" }`.
 */
export function parseTrackingState(json: string | undefined): ParsedTrackingState {
  if (json === undefined || json === "") return { state: createTrackingState() };
  const fresh = (issue: TrackingStateIssue): ParsedTrackingState => ({
    state: createTrackingState(),
    issue,
  });
  if (typeof json !== "string") return fresh(TrackingStateIssue.notJson);
  if (json.length > MAX_STORED_STATE_CHARS) return fresh(TrackingStateIssue.oversized);
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return fresh(TrackingStateIssue.notJson);
  }
  const raw = readObject(parsed);
  if (raw === undefined) return fresh(TrackingStateIssue.notAnObject);
  const version = raw["v"];
  if (typeof version === "number" && Number.isInteger(version) && version > 1)
    return fresh(TrackingStateIssue.newerVersion);
  if (version !== 1) return fresh(TrackingStateIssue.unknownVersion);
  return readStateFields(raw);
}

/** Which event goes first when the document is too big: machine mail before replies, oldest first. */
function compareTrimOrder(a: EngagementEvent, b: EngagementEvent): number {
  const aIsReply = a.kind === "human_reply" ? 1 : 0;
  const bIsReply = b.kind === "human_reply" ? 1 : 0;
  return aIsReply - bIsReply || a.at.localeCompare(b.at);
}

/**
 * `state` trimmed to at most `maxChars` of JSON: drops the oldest non-reply events first, then the
 * oldest replies, then (only for mail to hundreds of people) recipient entries; the statuses and
 * `trimmedThrough` keep what the dropped events meant. Gives `state` itself when it already fits.
 */
export function capTrackingState(state: TrackingState, maxChars = MAX_STATE_CHARS): TrackingState {
  let length = JSON.stringify(state).length;
  if (length <= maxChars) return state;
  // Room for the `trimmedThrough` field the trim may add.
  const target = maxChars - 64;
  const dropped = new Set<string>();
  let trimmedThrough = state.trimmedThrough;
  for (const event of [...state.events].sort(compareTrimOrder)) {
    if (length <= target) break;
    dropped.add(event.key);
    // Each event costs its JSON, a comma, and its key again in unseenKeys when unseen.
    length -= JSON.stringify(event).length + 1;
    if (state.unseenKeys.includes(event.key)) length -= JSON.stringify(event.key).length + 1;
    if (trimmedThrough === undefined || event.at > trimmedThrough) trimmedThrough = event.at;
  }
  let recipients = state.recipients;
  while (length > target && recipients.length > 0) {
    length -= JSON.stringify(recipients[recipients.length - 1]).length + 1;
    recipients = recipients.slice(0, -1);
  }
  return {
    ...state,
    recipients,
    events: state.events.filter((event) => !dropped.has(event.key)),
    unseenKeys: state.unseenKeys.filter((key) => !dropped.has(key)),
    ...(trimmedThrough === undefined ? {} : { trimmedThrough }),
  };
}

/** The document to store: the state capped to MAX_STATE_CHARS, as JSON. */
export function serializeTrackingState(state: TrackingState): string {
  return JSON.stringify(capTrackingState(state));
}

/** The state with every event seen; the same object when nothing was unseen. */
export function markTrackingStateSeen(state: TrackingState): TrackingState {
  return state.unseenKeys.length === 0 ? state : { ...state, unseenKeys: [] };
}
