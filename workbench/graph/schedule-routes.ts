// POST /calendar/getSchedule: free/busy with its documented limits (≤20 schedules, window < 62 days, interval 5–1440), availabilityView digits, workingHours.
import { readDateTimeTimeZone } from "./calendar-store";
import { preferenceAppliedHeaders, resolveOutputZone, toDateTimeTimeZone } from "./event-view";
import { GraphError } from "./graph-errors";
import { asText, isJsonObject, jsonResponse } from "./graph-types";
import { readJsonBody } from "./message-write-routes";
import type { GraphResponse, Json, JsonObject } from "./graph-types";
import type { RouteContext, RouteDef } from "./graph-deps";
import type { OutputZone } from "./event-view";
import type { StoredEvent } from "./calendar-store";

export const maxSchedules = 20;
const dayMs = 86_400_000;

const invalid = (message: string): GraphError =>
  new GraphError(400, "ErrorInvalidParameter", message);

/** Exchange precedence when several events share a slot: OOF > busy > tentative > working elsewhere > free. */
const statusRank: Record<string, number> = {
  free: 0,
  unknown: 0,
  workingElsewhere: 1,
  tentative: 2,
  busy: 3,
  oof: 4,
};

function readParameters(body: JsonObject): Record<string, Json> {
  const known = ["schedules", "startTime", "endTime", "availabilityViewInterval"];
  const result: Record<string, Json> = {};
  for (const [key, value] of Object.entries(body)) {
    const name = known.find((candidate) => candidate.toLowerCase() === key.toLowerCase());
    if (name === undefined)
      throw new GraphError(
        400,
        "RequestBodyRead",
        `The parameter '${key}' in the request payload is not a valid parameter for the operation 'getSchedule'.`,
      );
    result[name] = value;
  }
  return result;
}

function readTime(value: Json | undefined, name: string): number {
  try {
    return readDateTimeTimeZone(isJsonObject(value) ? value : undefined, name);
  } catch (error) {
    if (error instanceof RangeError)
      throw invalid(`The parameter '${name}' must be a dateTimeTimeZone.`);
    throw error;
  }
}

function buildAvailabilityView(
  events: StoredEvent[],
  window: { startMs: number; endMs: number; intervalMs: number },
  elsewhereDigit: string,
): string {
  const digits: Record<string, string> = {
    free: "0",
    unknown: "0",
    tentative: "1",
    busy: "2",
    oof: "3",
    workingElsewhere: elsewhereDigit,
  };
  let view = "";
  for (let slotStart = window.startMs; slotStart < window.endMs; slotStart += window.intervalMs) {
    const slotEnd = slotStart + window.intervalMs;
    let status = "free";
    for (const event of events) {
      const overlaps = event.startMs < slotEnd && event.endMs > slotStart;
      const showAs = typeof event.props.showAs === "string" ? event.props.showAs : "busy";
      if (overlaps && (statusRank[showAs] ?? 0) > (statusRank[status] ?? 0)) status = showAs;
    }
    view += digits[status] ?? "0";
  }
  return view;
}

// Only the scheduleItem properties of the v1.0 CSDL and the docs example: isMeeting, isReminderSet and the like are not in either.
function buildScheduleItem(event: StoredEvent, zone: OutputZone): JsonObject {
  const location = isJsonObject(event.props.location)
    ? (event.props.location.displayName ?? "")
    : "";
  return {
    isPrivate: event.props.sensitivity === "private",
    status: event.props.showAs ?? "busy",
    subject: event.props.subject ?? "",
    location,
    start: toDateTimeTimeZone(event.startMs, zone),
    end: toDateTimeTimeZone(event.endMs, zone),
  };
}

function getSchedule(context: RouteContext): GraphResponse {
  const params = readParameters(readJsonBody(context));
  const schedules = params.schedules;
  const isAddressList =
    Array.isArray(schedules) &&
    schedules.length > 0 &&
    schedules.every((s) => typeof s === "string");
  if (!isAddressList)
    throw invalid("The parameter 'schedules' must list at least one SMTP address.");
  if (schedules.length > maxSchedules)
    throw invalid(`The number of schedules requested exceeds the maximum of ${maxSchedules}.`);
  const startMs = readTime(params.startTime, "startTime");
  const endMs = readTime(params.endTime, "endTime");
  const maxDays = context.deps.faults.switches.getScheduleMaxDays;
  if (endMs <= startMs) throw invalid("The end time must be after the start time.");
  if (endMs - startMs >= maxDays * dayMs)
    throw invalid(`The time period to look up must be less than ${maxDays} days.`);
  const interval = params.availabilityViewInterval ?? 30;
  const isValidInterval =
    typeof interval === "number" && Number.isInteger(interval) && interval >= 5 && interval <= 1440;
  if (!isValidInterval)
    throw invalid("The parameter 'availabilityViewInterval' must be an integer from 5 to 1440.");
  const zone = resolveOutputZone(context);
  const { calendar } = context.deps;
  const ownAddress = asText(calendar.user.mail).toLowerCase();
  const value = schedules.map((address): JsonObject => {
    const scheduleId = String(address);
    if (scheduleId.toLowerCase() !== ownAddress) {
      return {
        scheduleId,
        availabilityView: "",
        scheduleItems: [],
        error: {
          message: "The user or resource could not be found.",
          responseCode: "ErrorMailRecipientNotFound",
        },
      };
    }
    const events = calendar
      .listEvents()
      .filter(
        (event) =>
          event.startMs < endMs && event.endMs > startMs && event.props.isCancelled !== true,
      );
    return {
      scheduleId,
      availabilityView: buildAvailabilityView(
        events,
        { startMs, endMs, intervalMs: interval * 60_000 },
        context.deps.faults.switches.workingElsewhereDigit,
      ),
      scheduleItems: events
        .filter((event) => event.props.showAs !== "free")
        .map((event) => buildScheduleItem(event, zone)),
      workingHours: calendar.mailboxSettings.workingHours ?? null,
    };
  });
  const body = {
    "@odata.context":
      "https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.scheduleInformation)",
    value,
  };
  return jsonResponse(200, body, preferenceAppliedHeaders(context, zone));
}

export const scheduleRoutes: RouteDef[] = [
  { method: "POST", pattern: "/calendar/getSchedule", handler: getSchedule },
];
