// Renders stored events as Graph JSON, with start/end in UTC or the zone asked for by `Prefer: outlook.timezone`.
import { evaluateOnExtendedProperty } from "./odata-filter-eval";
import { formatGraphDateTime, toIanaTimeZone } from "./time-zones";
import type { CalendarStore, StoredEvent } from "./calendar-store";
import type { RouteContext } from "./graph-deps";
import type { JsonObject } from "./graph-types";
import type { FilterNode } from "./odata-filter-parser";

export interface OutputZone {
  /** The name as written by the caller, echoed in every dateTimeTimeZone. */
  name: string;
  iana: string;
}

/** An unknown Prefer zone falls back to UTC (and no Preference-Applied header). */
export function resolveOutputZone(context: RouteContext): OutputZone {
  const requested = context.prefer.timeZone;
  const iana = requested === undefined ? undefined : toIanaTimeZone(requested);
  return requested !== undefined && iana !== undefined
    ? { name: requested, iana }
    : { name: "UTC", iana: "UTC" };
}

export function preferenceAppliedHeaders(
  context: RouteContext,
  zone: OutputZone,
): Record<string, string> {
  const applied: string[] = [];
  if (context.prefer.timeZone !== undefined && zone.name !== "UTC")
    applied.push(`outlook.timezone="${zone.name}"`);
  if (context.prefer.maxPageSize !== undefined)
    applied.push(`odata.maxpagesize=${context.prefer.maxPageSize}`);
  return applied.length > 0 ? { "Preference-Applied": applied.join(", ") } : {};
}

export function toDateTimeTimeZone(ms: number, zone: OutputZone): JsonObject {
  return { dateTime: formatGraphDateTime(new Date(ms), zone.iana), timeZone: zone.name };
}

export function buildEventView(
  calendar: CalendarStore,
  event: StoredEvent,
  zone: OutputZone,
): JsonObject {
  return {
    "@odata.etag": `W/"${calendar.changeKey(event)}"`,
    id: event.id,
    ...event.props,
    changeKey: calendar.changeKey(event),
    start: toDateTimeTimeZone(event.startMs, zone),
    end: toDateTimeTimeZone(event.endMs, zone),
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(event.id)}&exvsurl=1&path=/calendar/item`,
  };
}

/** What `$filter` sees: the view plus the extended properties, which a response carries only when `$expand`ed. */
export function buildEventFilterView(
  calendar: CalendarStore,
  event: StoredEvent,
  zone: OutputZone,
): JsonObject {
  return {
    ...buildEventView(calendar, event, zone),
    singleValueExtendedProperties: event.extendedProperties.map((p) => ({
      id: p.id,
      value: p.value,
    })),
  };
}

export function renderEvent(options: {
  calendar: CalendarStore;
  event: StoredEvent;
  zone: OutputZone;
  select?: string[];
  expandExtended?: FilterNode;
}): JsonObject {
  const full = buildEventView(options.calendar, options.event, options.zone);
  const result: JsonObject = { "@odata.etag": full["@odata.etag"] ?? null, id: full.id ?? null };
  for (const name of options.select ?? Object.keys(full))
    if (!(name in result)) result[name] = full[name] ?? null;
  const filter = options.expandExtended;
  if (filter) {
    const matches = options.event.extendedProperties
      .map((p) => ({ id: p.id, value: p.value }))
      .filter((p) => evaluateOnExtendedProperty(filter, p));
    if (matches.length > 0) result.singleValueExtendedProperties = matches;
  }
  return result;
}
