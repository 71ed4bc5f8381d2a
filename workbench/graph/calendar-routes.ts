// Calendar routes: events CRUD, calendarView (required window), the calendar with its online-meeting providers.
import { randomBytes } from "node:crypto";
import { readDateTimeTimeZone } from "./calendar-store";
import {
  buildEventFilterView,
  preferenceAppliedHeaders,
  renderEvent,
  resolveOutputZone,
} from "./event-view";
import { GraphError, badRequest } from "./graph-errors";
import { validateAgainstType } from "./graph-schema";
import { isJsonObject, jsonResponse, omitKeys } from "./graph-types";
import { upsertExtendedProperties } from "./mailbox-store";
import { contextUrl } from "./message-read-routes";
import { readJsonBody } from "./message-write-routes";
import { evaluate } from "./odata-filter-eval";
import {
  collectionQueryOptions,
  pageItems,
  parseListQuery,
  readOption,
  sortItems,
} from "./odata-query";
import type { GraphResponse, Json, JsonObject } from "./graph-types";
import type { RouteContext, RouteDef } from "./graph-deps";
import type { StoredEvent } from "./calendar-store";

function readEventInput(body: JsonObject): {
  props: JsonObject;
  extendedProperties: Array<{ id: string; value: string }>;
} {
  validateAgainstType(body, "event");
  const { singleValueExtendedProperties, ...props } = body;
  const extendedProperties = (
    Array.isArray(singleValueExtendedProperties) ? singleValueExtendedProperties : []
  ).flatMap((p) =>
    isJsonObject(p) && typeof p.id === "string" && typeof p.value === "string"
      ? [{ id: p.id, value: p.value }]
      : [],
  );
  return { props, extendedProperties };
}

function readWindowMs(props: JsonObject, key: "start" | "end"): number {
  try {
    return readDateTimeTimeZone(props[key], key);
  } catch (error) {
    if (error instanceof RangeError)
      throw badRequest(
        `The property '${key}' must be a dateTimeTimeZone with dateTime and timeZone.`,
        "ErrorInvalidRequest",
      );
    throw error;
  }
}

/** event resource: setting isOnlineMeeting initialises onlineMeeting once; later changes are ignored (GRAPH-FACTS D12). */
function applyOnlineMeeting(
  context: RouteContext,
  event: StoredEvent,
  requested: JsonObject,
): void {
  if (requested.isOnlineMeeting !== true || event.props.onlineMeeting !== null) return;
  const allowed = context.deps.calendar.calendar.allowedOnlineMeetingProviders;
  const provider =
    typeof requested.onlineMeetingProvider === "string"
      ? requested.onlineMeetingProvider
      : context.deps.calendar.calendar.defaultOnlineMeetingProvider;
  const isAllowed =
    Array.isArray(allowed) &&
    typeof provider === "string" &&
    allowed.includes(provider) &&
    provider !== "unknown";
  if (!isAllowed || context.deps.faults.switches.isOnlineMeetingSilentlyDropped) {
    Object.assign(event.props, {
      isOnlineMeeting: false,
      onlineMeetingProvider: "unknown",
      onlineMeeting: null,
    });
    return;
  }
  const meetingId = randomBytes(18).toString("base64url");
  event.props.isOnlineMeeting = true;
  event.props.onlineMeetingProvider = provider;
  event.props.onlineMeeting = {
    joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${meetingId}%40thread.v2/0?context=%7b%7d`,
  };
}

function recordInvitations(context: RouteContext, event: StoredEvent): void {
  const attendees: Json = event.props.attendees ?? [];
  if (!Array.isArray(attendees) || attendees.length === 0) return;
  context.deps.sender.depart({
    props: { subject: event.props.subject ?? "", toRecipients: attendees },
    extendedProperties: [],
    via: "event-invitation",
    isSentCopySaved: false,
  });
}

function eventResponse(context: RouteContext, status: number, event: StoredEvent): GraphResponse {
  const zone = resolveOutputZone(context);
  const body = {
    "@odata.context": contextUrl(context, "events/$entity"),
    ...renderEvent({ calendar: context.deps.calendar, event, zone }),
  };
  return jsonResponse(status, body, preferenceAppliedHeaders(context, zone));
}

function createEvent(context: RouteContext): GraphResponse {
  const { props, extendedProperties } = readEventInput(readJsonBody(context));
  const startMs = readWindowMs(props, "start");
  const endMs = readWindowMs(props, "end");
  if (endMs < startMs)
    throw badRequest("The end time must be after the start time.", "ErrorInvalidRequest");
  const rest = omitKeys(props, ["isOnlineMeeting", "onlineMeetingProvider"]);
  const event = context.deps.calendar.addEvent(rest, extendedProperties);
  applyOnlineMeeting(context, event, props);
  recordInvitations(context, event);
  return eventResponse(context, 201, event);
}

function patchEvent(context: RouteContext): GraphResponse {
  const event = context.deps.calendar.requireEvent(context.params.eventId ?? "");
  const { props, extendedProperties } = readEventInput(readJsonBody(context));
  if (props.start !== undefined) event.startMs = readWindowMs(props, "start");
  if (props.end !== undefined) event.endMs = readWindowMs(props, "end");
  const rest = omitKeys(props, [
    "start",
    "end",
    "isOnlineMeeting",
    "onlineMeetingProvider",
    "onlineMeeting",
  ]);
  Object.assign(event.props, rest);
  applyOnlineMeeting(context, event, props);
  upsertExtendedProperties(event.extendedProperties, extendedProperties);
  context.deps.calendar.touch(event);
  return eventResponse(context, 200, event);
}

function readViewWindow(
  context: RouteContext,
  isCalendarView: boolean,
): { startMs: number; endMs: number } | undefined {
  if (!isCalendarView) return undefined;
  const start = readOption(context.req.query, "startDateTime");
  const end = readOption(context.req.query, "endDateTime");
  if (start === undefined || end === undefined) {
    throw new GraphError(
      400,
      "ErrorInvalidParameter",
      "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.",
    );
  }
  const parse = (text: string): number => {
    const ms = Date.parse(/(Z|[+-]\d\d:\d\d)$/.test(text) ? text : `${text}Z`);
    if (Number.isNaN(ms))
      throw new GraphError(
        400,
        "ErrorInvalidParameter",
        `The parameter 'StartDateTime/EndDateTime' has an invalid value '${text}'.`,
      );
    return ms;
  };
  return { startMs: parse(start), endMs: parse(end) };
}

function listEvents(context: RouteContext, isCalendarView = false): GraphResponse {
  const custom = new URLSearchParams(
    [...context.req.query.entries()].filter(([key]) => !/^(startdatetime|enddatetime)$/i.test(key)),
  );
  const query = parseListQuery(custom, { typeName: "event", allowed: collectionQueryOptions });
  const window = readViewWindow(context, isCalendarView);
  const zone = resolveOutputZone(context);
  const { calendar } = context.deps;
  const events = calendar
    .listEvents()
    .filter((event) => !window || (event.startMs < window.endMs && event.endMs > window.startMs));
  const views = new Map(
    events.map((event) => [buildEventFilterView(calendar, event, zone), event] as const),
  );
  const { filter } = query;
  const matching = [...views.keys()].filter((view) => (filter ? evaluate(filter, view) : true));
  const sorted = query.orderBy.length > 0 ? sortItems(matching, query.orderBy) : matching;
  const pageSize = Math.min(query.top ?? 10, context.prefer.maxPageSize ?? Number.MAX_SAFE_INTEGER);
  const { page, nextLink } = pageItems({
    items: sorted,
    skip: query.skip,
    pageSize,
    requestUrl: context.requestUrl,
  });
  const value = page.map((view) => {
    const event = views.get(view);
    return event
      ? renderEvent({
          calendar,
          event,
          zone,
          ...(query.select ? { select: query.select } : {}),
          ...(query.expandExtended ? { expandExtended: query.expandExtended } : {}),
        })
      : {};
  });
  const body: JsonObject = {
    "@odata.context": contextUrl(context, "events"),
    ...(query.isCountRequested ? { "@odata.count": matching.length } : {}),
    value,
    ...(nextLink ? { "@odata.nextLink": nextLink } : {}),
  };
  return jsonResponse(200, body, preferenceAppliedHeaders(context, zone));
}

const calendarViewList = (context: RouteContext): GraphResponse => listEvents(context, true);

export const calendarRoutes: RouteDef[] = [
  {
    method: "GET",
    pattern: "/calendar",
    handler: (context) =>
      jsonResponse(200, {
        "@odata.context": contextUrl(context, "calendar/$entity"),
        ...context.deps.calendar.calendar,
      }),
  },
  {
    // The mailbox has one calendar, the default; `$select` is honoured, other options are refused.
    method: "GET",
    pattern: "/calendars",
    handler: (context) => {
      const query = parseListQuery(context.req.query, {
        typeName: "calendar",
        allowed: ["$select"],
      });
      const { calendar } = context.deps.calendar;
      const names = query.select ?? Object.keys(calendar);
      const item = Object.fromEntries([
        ["id", calendar.id ?? null],
        ...names.map((name) => [name, calendar[name] ?? null]),
      ]) as JsonObject;
      return jsonResponse(200, {
        "@odata.context": contextUrl(context, "calendars"),
        value: [item],
      });
    },
  },
  { method: "GET", pattern: "/events", handler: (context) => listEvents(context) },
  { method: "GET", pattern: "/calendar/events", handler: (context) => listEvents(context) },
  { method: "GET", pattern: "/calendarView", handler: calendarViewList },
  { method: "GET", pattern: "/calendar/calendarView", handler: calendarViewList },
  { method: "POST", pattern: "/events", handler: createEvent },
  { method: "POST", pattern: "/calendar/events", handler: createEvent },
  {
    method: "GET",
    pattern: "/events/{eventId}",
    handler: (context) => {
      const query = parseListQuery(context.req.query, {
        typeName: "event",
        allowed: ["$select", "$expand"],
      });
      const event = context.deps.calendar.requireEvent(context.params.eventId ?? "");
      const zone = resolveOutputZone(context);
      const view = renderEvent({
        calendar: context.deps.calendar,
        event,
        zone,
        ...(query.select ? { select: query.select } : {}),
        ...(query.expandExtended ? { expandExtended: query.expandExtended } : {}),
      });
      return jsonResponse(
        200,
        { "@odata.context": contextUrl(context, "events/$entity"), ...view },
        preferenceAppliedHeaders(context, zone),
      );
    },
  },
  { method: "PATCH", pattern: "/events/{eventId}", handler: patchEvent },
  {
    method: "DELETE",
    pattern: "/events/{eventId}",
    handler: (context) => {
      context.deps.calendar.removeEvent(
        context.deps.calendar.requireEvent(context.params.eventId ?? ""),
      );
      return jsonResponse(204);
    },
  },
];
