// Pure mappings between the calendar port's events, holds and conversation messages and Graph's event/message JSON.
import { holdPropertyId } from "../../core/scheduling/offer";
import { hostCustomPropertiesPropertyId } from "../../core/tracking/tracking-marker";
import { toUtcIso } from "./map-graph-schedule";
import type {
  ConversationMessage,
  CreatedEvent,
  HoldEvent,
  NewEvent,
  OnlineMeetingProvider,
  OnlineMeetingSettings,
} from "../../ports/calendar-api";
import type * as Graph from "@microsoft/microsoft-graph-types";

const providers: readonly OnlineMeetingProvider[] = [
  "unknown",
  "teamsForBusiness",
  "skypeForBusiness",
  "skypeForConsumer",
];
const isProvider = (value: unknown): value is OnlineMeetingProvider =>
  providers.some((provider) => provider === value);

/** `"2026-11-26T19:30:00.000Z"` gives `{ dateTime: "2026-11-26T19:30:00.000", timeZone: "UTC" }`. */
function toGraphUtc(isoUtc: string): Graph.DateTimeTimeZone {
  return { dateTime: new Date(isoUtc).toISOString().replace(/Z$/, ""), timeZone: "UTC" };
}

/**
 * The POST /me/events body. The body is sent as text so nothing the thread supplied is read as
 * HTML; Teams is asked for only when the caller checked the calendar allows it (D12).
 */
export function toGraphEvent(event: NewEvent): Graph.Event {
  return {
    subject: event.subject,
    body: { contentType: "text", content: event.bodyText },
    start: toGraphUtc(event.slot.startUtc),
    end: toGraphUtc(event.slot.endUtc),
    showAs: event.showAs,
    attendees: event.attendees.map((attendee) => ({
      type: "required",
      emailAddress: {
        address: attendee.address,
        ...(attendee.name === undefined ? {} : { name: attendee.name }),
      },
    })),
    ...(event.showAs === "tentative" ? { isReminderOn: false } : {}),
    ...(event.isTeamsMeeting
      ? { isOnlineMeeting: true, onlineMeetingProvider: "teamsForBusiness" }
      : {}),
    ...(event.holdMark === undefined
      ? {}
      : { singleValueExtendedProperties: [{ id: holdPropertyId, value: event.holdMark }] }),
  };
}

export function mapCreatedEvent(event: Graph.Event & { id: string }): CreatedEvent {
  const joinUrl = event.onlineMeeting?.joinUrl ?? undefined;
  return {
    id: event.id,
    isOnlineMeeting: event.isOnlineMeeting === true && joinUrl !== undefined,
    ...(joinUrl === undefined ? {} : { joinUrl }),
  };
}

export function mapOnlineMeetingSettings(calendar: Graph.Calendar): OnlineMeetingSettings {
  const allowed = (calendar.allowedOnlineMeetingProviders ?? []).filter(isProvider);
  const fallback = calendar.defaultOnlineMeetingProvider;
  return {
    allowedProviders: allowed,
    ...(isProvider(fallback) ? { defaultProvider: fallback } : {}),
  };
}

function readProperty(
  item: Pick<Graph.Event, "singleValueExtendedProperties">,
  id: string,
): string | undefined {
  const wanted = id.toLowerCase();
  const property = item.singleValueExtendedProperties?.find(
    (candidate) => (candidate.id ?? "").toLowerCase() === wanted,
  );
  return property?.value ?? undefined;
}

/** An event read with `$expand` of the hold property (UTC times); anything without it is no hold. */
export function mapHoldEvent(event: Graph.Event): HoldEvent[] {
  const startUtc = toUtcIso(event.start);
  const endUtc = toUtcIso(event.end);
  const mark = readProperty(event, holdPropertyId);
  const isHold = event.id && startUtc && endUtc && mark !== undefined;
  return isHold ? [{ id: event.id ?? "", slot: { startUtc, endUtc }, mark }] : [];
}

export function mapConversationMessage(message: Graph.Message): ConversationMessage[] {
  if (!message.id) return [];
  const customPropertiesJson = readProperty(message, hostCustomPropertiesPropertyId);
  const fromAddress = message.from?.emailAddress?.address ?? undefined;
  return [
    {
      id: message.id,
      ...(message.internetMessageId ? { internetMessageId: message.internetMessageId } : {}),
      ...(message.sentDateTime ? { sentUtc: new Date(message.sentDateTime).toISOString() } : {}),
      ...(fromAddress ? { fromAddress } : {}),
      ...(message.subject ? { subject: message.subject } : {}),
      ...(customPropertiesJson === undefined ? {} : { customPropertiesJson }),
    },
  ];
}

/** An OData string literal: single quotes doubled, e.g. `it's` gives `'it''s'`. */
export function toODataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
