// The small send-later state kept in roaming settings and sessionData: names, and the bounded recent-replies list.
import { formatIsoInstant, parseIsoInstant } from "../time/time-range";

/** Roaming-settings keys (32 KB shared by all of Tempo's settings, GRAPH-FACTS F15): renaming loses saved values. */
export const sendLaterSettingKeys = {
  /** boolean: cancel a scheduled send by itself when the prospect replies in its conversation. */
  autoCancelOnReply: "sendLaterAutoCancelOnReply",
  /** RecentReply[] in short form, written by reply detection, read by the pre-send check. */
  recentReplies: "sendLaterRecentReplies",
  /** ProspectZone[] in short form: the zone the rep chose or accepted for a prospect. */
  prospectZones: "sendLaterProspectZones",
} as const;

/** sessionData key (compose only, Mailbox 1.11): when Tempo first saw this draft, ISO-8601. */
export const draftStartedSessionKey = "tempoDraftStartedAt";

/** A prospect's reply seen by reply detection: which conversation, and when it arrived. */
export interface RecentReply {
  readonly conversationId: string;
  /** ISO-8601 UTC. */
  readonly receivedUtc: string;
}

/** The stored form: short keys, because conversation ids are long and the budget is shared. */
interface StoredReply {
  readonly c: string;
  readonly t: string;
}

export const recentRepliesLimits = { maxEntries: 30, maxAgeDays: 7 } as const;

/**
 * Reads whatever is stored, keeping only well-formed entries (any client may have written it),
 * e.g. `[{ c: "AAQk1", t: "2026-03-10T09:00:00.000Z" }, 42]` gives `[{ conversationId: "AAQk1", receivedUtc: "2026-03-10T09:00:00.000Z" }]`.
 */
export function parseRecentReplies(value: unknown): RecentReply[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (typeof entry !== "object" || entry === null) return [];
    const { c, t } = entry as Partial<Record<keyof StoredReply, unknown>>;
    const receivedMs = typeof t === "string" ? parseIsoInstant(t) : undefined;
    const isValid = typeof c === "string" && c !== "" && receivedMs !== undefined;
    return isValid ? [{ conversationId: c, receivedUtc: formatIsoInstant(receivedMs) }] : [];
  });
}

/** The stored form of a list, e.g. for `roamingSettings.set`. */
export function toStoredReplies(replies: readonly RecentReply[]): StoredReply[] {
  return replies.map((reply) => ({ c: reply.conversationId, t: reply.receivedUtc }));
}

/**
 * Adds replies to the list: one entry per conversation (its latest reply), newest first, nothing
 * older than `maxAgeDays` before `now`, at most `maxEntries`.
 */
export function mergeRecentReplies(options: {
  readonly existing: readonly RecentReply[];
  readonly added: readonly RecentReply[];
  /** ISO-8601 instant. */
  readonly now: string;
}): RecentReply[] {
  const oldestMs =
    (parseIsoInstant(options.now) ?? Number.NaN) - recentRepliesLimits.maxAgeDays * 86_400_000;
  const latest = new Map<string, RecentReply>();
  for (const reply of [...options.existing, ...options.added]) {
    const known = latest.get(reply.conversationId);
    const isNewer = known === undefined || reply.receivedUtc > known.receivedUtc;
    if (isNewer) latest.set(reply.conversationId, reply);
  }
  return [...latest.values()]
    .filter((reply) => Date.parse(reply.receivedUtc) >= oldestMs)
    .sort((a, b) => b.receivedUtc.localeCompare(a.receivedUtc))
    .slice(0, recentRepliesLimits.maxEntries);
}

/**
 * Whether the prospect replied in this conversation after the draft was started, e.g. a reply at
 * 10:05 to a draft started at 10:00 → true. Without a start time it cannot tell and says false.
 */
export function hasReplySince(options: {
  readonly replies: readonly RecentReply[];
  readonly conversationId: string | undefined;
  /** ISO-8601, or undefined when nobody recorded it. */
  readonly draftStartedUtc: string | undefined;
}): boolean {
  const startedMs =
    options.draftStartedUtc === undefined ? undefined : parseIsoInstant(options.draftStartedUtc);
  if (options.conversationId === undefined || startedMs === undefined) return false;
  return options.replies.some(
    (reply) =>
      reply.conversationId === options.conversationId && Date.parse(reply.receivedUtc) > startedMs,
  );
}

/** The zone the rep chose (or accepted as guessed) for one prospect's address. */
export interface ProspectZone {
  /** Lower-case email address. */
  readonly address: string;
  /** IANA zone id. */
  readonly timeZone: string;
}

export const prospectZonesLimit = 50;

/** Reads the stored `[{ a, z }]` list, keeping only well-formed entries. */
export function parseProspectZones(value: unknown): ProspectZone[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (typeof entry !== "object" || entry === null) return [];
    const { a, z } = entry as Partial<Record<"a" | "z", unknown>>;
    const isValid = typeof a === "string" && a !== "" && typeof z === "string" && z !== "";
    return isValid ? [{ address: a.toLowerCase(), timeZone: z }] : [];
  });
}

/** The stored form of a list. */
export function toStoredProspectZones(
  zones: readonly ProspectZone[],
): Array<{ readonly a: string; readonly z: string }> {
  return zones.map((zone) => ({ a: zone.address, z: zone.timeZone }));
}

/** Puts `chosen` last (most recent), replacing that address's entry, and keeps the newest 50. */
export function rememberProspectZone(
  zones: readonly ProspectZone[],
  chosen: ProspectZone,
): ProspectZone[] {
  const address = chosen.address.toLowerCase();
  const others = zones.filter((zone) => zone.address !== address);
  return [...others, { address, timeZone: chosen.timeZone }].slice(-prospectZonesLimit);
}

/** The remembered zone for an address (case-insensitive), else `undefined`. */
export function findProspectZone(
  zones: readonly ProspectZone[],
  address: string,
): string | undefined {
  const wanted = address.toLowerCase();
  return zones.find((zone) => zone.address === wanted)?.timeZone;
}
