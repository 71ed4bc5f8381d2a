// Pure mappings between Graph's followupFlag (dateTimeTimeZone values) and the port's FollowUpFlag (ISO-8601 UTC).
import type { FollowUpFlag } from "../../ports/mail-api";
import type * as Graph from "@microsoft/microsoft-graph-types";

const flagStatuses: ReadonlySet<string> = new Set(["notFlagged", "flagged", "complete"]);

function isFlagStatus(value: unknown): value is FollowUpFlag["flagStatus"] {
  return typeof value === "string" && flagStatuses.has(value);
}

/**
 * A Graph `dateTimeTimeZone` in UTC → ISO-8601 UTC, e.g. `{ dateTime: "2025-03-20T17:00:00.0000000",
 * timeZone: "UTC" }` gives `"2025-03-20T17:00:00.000Z"`. Tempo sends no `Prefer: outlook.timezone`, so
 * Graph answers in UTC; any other zone gives `undefined` rather than a guess.
 */
export function readUtcDateTime(
  value: Graph.NullableOption<Graph.DateTimeTimeZone> | undefined,
): string | undefined {
  const isUtc = typeof value?.timeZone === "string" && /^(utc|etc\/utc)$/i.test(value.timeZone);
  if (!isUtc || typeof value?.dateTime !== "string") return undefined;
  const ms = Date.parse(`${value.dateTime.replace(/Z$/i, "")}Z`);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** ISO-8601 UTC → Graph `dateTimeTimeZone` in UTC, e.g. `"2025-03-20T17:00:00.000Z"` gives `{ dateTime: "2025-03-20T17:00:00.000", timeZone: "UTC" }`. */
export function toUtcDateTimeTimeZone(isoUtc: string): Graph.DateTimeTimeZone {
  return { dateTime: new Date(isoUtc).toISOString().replace(/Z$/, ""), timeZone: "UTC" };
}

/** Graph `flag` → FollowUpFlag; `undefined` when absent or of an unknown status. */
export function mapGraphFollowUpFlag(
  flag: Graph.NullableOption<Graph.FollowupFlag> | undefined,
): FollowUpFlag | undefined {
  if (!isFlagStatus(flag?.flagStatus)) return undefined;
  const startDateTime = readUtcDateTime(flag?.startDateTime);
  const dueDateTime = readUtcDateTime(flag?.dueDateTime);
  return {
    flagStatus: flag.flagStatus,
    ...(startDateTime === undefined ? {} : { startDateTime }),
    ...(dueDateTime === undefined ? {} : { dueDateTime }),
  };
}

/**
 * FollowUpFlag → the `flag` of a PATCH body. A due date needs a start date, else Graph answers 400
 * (followupflag.md, GRAPH-FACTS C10): a due date given alone starts at the due date itself. A cleared
 * flag is sent as its status alone, e.g. `{ flagStatus: "notFlagged" }`.
 */
export function buildGraphFollowUpFlag(flag: FollowUpFlag): Graph.FollowupFlag {
  if (flag.flagStatus !== "flagged") return { flagStatus: flag.flagStatus };
  const startDateTime = flag.startDateTime ?? flag.dueDateTime;
  return {
    flagStatus: "flagged",
    ...(startDateTime === undefined ? {} : { startDateTime: toUtcDateTimeTimeZone(startDateTime) }),
    ...(flag.dueDateTime === undefined
      ? {}
      : { dueDateTime: toUtcDateTimeTimeZone(flag.dueDateTime) }),
  };
}
