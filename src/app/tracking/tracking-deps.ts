// What the tracking use cases share: their ports and settings, and the in-memory list of tracked mail.
import { buildSnapshot, buildTrackedEmail } from "../../core/tracking/tracked-email-view";
import { TrackingStateIssue, parseTrackingState } from "../../core/tracking/tracking-state";
import type { TrackingSnapshot } from "../../core/tracking/tracked-email";
import type { TrackingState } from "../../core/tracking/tracking-state";
import type { MailApi, SentTrackedMessage } from "../../ports/mail-api";
import type { TrackingCursorStore } from "../../ports/tracking-cursor-store";

/** The rep's settings, read at the start of every use case (they can change while a pane is open). */
export interface TrackingSettings {
  /** Days without a reply before the follow-up flag; 0 turns it off. */
  readonly followUpDays: number;
  /** The mailbox owner's SMTP address: their own mail in a thread is never engagement. */
  readonly repAddress: string | undefined;
  /** BCP 47, e.g. "en-GB", for the info-bar date. */
  readonly locale: string;
  /** IANA, e.g. "Europe/London", for the info-bar date. */
  readonly timeZone: string;
}

export interface TrackingDeps {
  readonly mail: MailApi;
  readonly cursorStore: TrackingCursorStore;
  readonly now: () => Date;
  readonly settings: () => TrackingSettings;
  /** How much tracked mail a refresh lists from Sent Items (newest first). */
  readonly maxTrackedMessages: number;
  /** Delta pages per watched folder per refresh; a longer first pass resumes next time. */
  readonly maxDeltaPages: number;
}

/** One tracked Sent Items message as Tempo last read or wrote it. */
export interface TrackedRecord {
  readonly message: SentTrackedMessage;
  readonly state: TrackingState;
  /** Its state was written by a newer Tempo: shown, never overwritten. */
  readonly isReadOnly: boolean;
}

/**
 * Tracked mail kept in memory by one TrackingService, so a refresh does not list Sent Items again
 * (that is what makes an unchanged-inbox refresh one request). Undefined records: never listed.
 */
export interface TrackedMailCache {
  records: Map<string, TrackedRecord> | undefined;
  /** Set when a write failed for an id (e.g. the message was deleted): the next refresh re-lists. */
  needsRelist: boolean;
  /** ISO-8601 UTC (the pane's clock) just before the last listing, full or incremental, was asked for. */
  listedAt: string | undefined;
}

export function createTrackedMailCache(): TrackedMailCache {
  return { records: undefined, needsRelist: false, listedAt: undefined };
}

/**
 * How far before the last listing an incremental listing reaches back. Exchange stamps
 * `sentDateTime` when the mail is sent, but the Sent Items copy appears later (Graph's own recipe
 * says finding it "may not succeed immediately after sending", GRAPH-FACTS A3; Outlook in cached
 * mode uploads its copy on its next sync), and `listedAt` is read from the pane's clock, which may
 * run behind Exchange's. An hour covers both with room to spare and, for a rep sending a few dozen
 * tracked emails a day, still fits in one page of 50.
 */
export const listingOverlapMinutes = 60;

/** Reads a listed message's stored state (tolerantly) into a record. */
export function toTrackedRecord(message: SentTrackedMessage): TrackedRecord {
  const parsed = parseTrackingState(message.stateJson);
  return {
    message,
    state: parsed.state,
    isReadOnly: parsed.issue === TrackingStateIssue.newerVersion,
  };
}

/** Replaces the cache's records with a fresh listing of Sent Items. */
export async function listTrackedMail(deps: TrackingDeps, cache: TrackedMailCache): Promise<void> {
  const listedAt = deps.now().toISOString();
  const listed = await deps.mail.listSentTracked({ maxMessages: deps.maxTrackedMessages });
  cache.records = new Map(listed.map((message) => [message.id, toTrackedRecord(message)]));
  cache.needsRelist = false;
  cache.listedAt = listedAt;
}

/**
 * Adds the tracked mail sent since the last listing, less `listingOverlapMinutes`, e.g. listed at
 * 12:00 gives `sentSince: "…T11:00:00.000Z"`. Records already in memory are kept as they are: they
 * hold what this service last read or wrote, and a listing never replaces them with another copy.
 * A cache that was never listed is listed in full.
 */
export async function listNewTrackedMail(
  deps: TrackingDeps,
  cache: TrackedMailCache,
): Promise<void> {
  const { records, listedAt } = cache;
  if (records === undefined || listedAt === undefined) return listTrackedMail(deps, cache);
  const startedAt = deps.now().toISOString();
  const sentSince = new Date(Date.parse(listedAt) - listingOverlapMinutes * 60_000).toISOString();
  const listed = await deps.mail.listSentTracked({
    maxMessages: deps.maxTrackedMessages,
    sentSince,
  });
  for (const message of listed)
    if (!records.has(message.id)) records.set(message.id, toTrackedRecord(message));
  cache.listedAt = startedAt;
}

/** The rep's own addresses, for "mail the rep sent is never engagement". */
export function readRepAddresses(settings: TrackingSettings): string[] {
  return settings.repAddress === undefined ? [] : [settings.repAddress];
}

/** The dashboard's view of everything in the cache, newest engagement first. */
export function buildCacheSnapshot(cache: TrackedMailCache, syncedAt: string): TrackingSnapshot {
  const records = [...(cache.records?.values() ?? [])];
  const emails = records.map((record) =>
    buildTrackedEmail({ message: record.message, state: record.state }),
  );
  return buildSnapshot({ emails, syncedAt });
}
