// CalendarApi over the Graph gateway: profile, mailbox settings, free/busy, events and holds, one named function each.
import { createAppError, isAppError } from "../../core/errors/app-error";
import { holdPropertyId } from "../../core/scheduling/offer";
import { hostCustomPropertiesPropertyId } from "../../core/tracking/tracking-marker";
import {
  mapConversationMessage,
  mapCreatedEvent,
  mapHoldEvent,
  mapOnlineMeetingSettings,
  toGraphEvent,
  toODataString,
} from "./graph-event-mapping";
import { pageThrough } from "./graph-paging";
import { mapGraphMailboxSettings, mapGraphSchedule, mapGraphUser } from "./map-graph-schedule";
import type { TimeRange } from "../../core/time/time-range";
import type {
  CalendarApi,
  ConversationMessage,
  CreatedEvent,
  HoldEvent,
  MailboxSettings,
  NewEvent,
  OnlineMeetingSettings,
  Schedule,
  UserProfile,
} from "../../ports/calendar-api";
import type { GraphGateway } from "./graph-client";
import type * as Graph from "@microsoft/microsoft-graph-types";

/** getSchedule takes at most 20 schedules per call (calendar-getschedule, GRAPH-FACTS D11). */
export const maxSchedulesPerCall = 20;

/** `"2025-03-12T09:00:00.000Z"` gives the dateTimeTimeZone `{ dateTime: "2025-03-12T09:00:00.000", timeZone: "UTC" }`. */
export function toGraphUtcDateTime(isoUtc: string): Graph.DateTimeTimeZone {
  return { dateTime: new Date(isoUtc).toISOString().replace(/Z$/, ""), timeZone: "UTC" };
}

export class GraphCalendarApi implements CalendarApi {
  private readonly gateway: GraphGateway;

  constructor(options: { gateway: GraphGateway }) {
    this.gateway = options.gateway;
  }

  /** `GET /me`. */
  async getMe(): Promise<UserProfile> {
    const { body } = await this.gateway.call<Graph.User>({
      method: "GET",
      path: "/me",
      query: { $select: "id,displayName,mail,userPrincipalName" },
      scopes: ["User.Read"],
    });
    if (!body.id) throw createAppError("graph_failed", { details: { reason: "user_without_id" } });
    return mapGraphUser({ ...body, id: body.id });
  }

  /** `GET /me/mailboxSettings`. */
  async getMailboxSettings(): Promise<MailboxSettings> {
    const { body } = await this.gateway.call<Graph.MailboxSettings>({
      method: "GET",
      path: "/me/mailboxSettings",
      scopes: ["MailboxSettings.Read"],
    });
    return mapGraphMailboxSettings(body);
  }

  /** `POST /me/calendar/getSchedule`: reads only, so marked safe to retry. Results in UTC. */
  async getSchedule(options: {
    addresses: readonly string[];
    window: TimeRange;
    intervalMinutes?: number;
  }): Promise<Schedule[]> {
    const isWithinLimit =
      options.addresses.length > 0 && options.addresses.length <= maxSchedulesPerCall;
    if (!isWithinLimit)
      throw createAppError("invalid_input", { details: { addresses: options.addresses.length } });
    const { body } = await this.gateway.call<{ value?: Graph.ScheduleInformation[] }>({
      method: "POST",
      path: "/me/calendar/getSchedule",
      body: {
        schedules: options.addresses,
        startTime: toGraphUtcDateTime(options.window.startUtc),
        endTime: toGraphUtcDateTime(options.window.endUtc),
        availabilityViewInterval: options.intervalMinutes ?? 30,
      },
      scopes: ["Calendars.ReadBasic"],
      isReadOnlyPost: true,
      timeZone: "UTC",
    });
    return (body.value ?? []).map(mapGraphSchedule);
  }

  /**
   * `GET /me/calendars`, then the default calendar's providers (Calendars.ReadBasic). The list, not
   * `GET /me/calendar`, because Graph's permissions map covers only the list (oracles README §3).
   */
  async getOnlineMeetingSettings(): Promise<OnlineMeetingSettings> {
    const { body } = await this.gateway.call<{ value?: Graph.Calendar[] }>({
      method: "GET",
      path: "/me/calendars",
      query: {
        $select: "isDefaultCalendar,allowedOnlineMeetingProviders,defaultOnlineMeetingProvider",
      },
      scopes: ["Calendars.ReadBasic"],
    });
    const calendars = body.value ?? [];
    const chosen =
      calendars.find((calendar) => calendar.isDefaultCalendar === true) ?? calendars[0];
    return mapOnlineMeetingSettings(chosen ?? {});
  }

  /**
   * `POST /me/events`: invitations go out on creation (user-post-events). Not repeated on a 5xx, so
   * a lost answer is `graph_outcome_unknown` rather than a second invitation.
   */
  async createEvent(event: NewEvent): Promise<CreatedEvent> {
    const { body } = await this.gateway.call<Graph.Event>({
      method: "POST",
      path: "/me/events",
      body: toGraphEvent(event),
      scopes: ["Calendars.ReadWrite"],
      timeZone: "UTC",
    });
    if (!body.id) throw createAppError("graph_failed", { details: { reason: "event_without_id" } });
    return mapCreatedEvent({ ...body, id: body.id });
  }

  /** `GET /me/events` filtered on the hold property and expanded to read it (Calendars.Read). */
  async listHolds(): Promise<HoldEvent[]> {
    const holds: HoldEvent[] = [];
    const pages = pageThrough<Graph.Event>(
      this.gateway,
      {
        method: "GET",
        path: "/me/events",
        query: {
          $filter: `singleValueExtendedProperties/any(ep: ep/id eq ${toODataString(holdPropertyId)} and ep/value ne null)`,
          $expand: `singleValueExtendedProperties($filter=id eq ${toODataString(holdPropertyId)})`,
          $select: "id,start,end",
          $top: "100",
        },
        scopes: ["Calendars.Read"],
        timeZone: "UTC",
      },
      { maxPages: 10 },
    );
    for await (const page of pages) holds.push(...page.items.flatMap(mapHoldEvent));
    return holds;
  }

  /** `DELETE /me/events/{id}`; a 404 means someone (or an earlier try) already removed it. */
  async deleteEvent(id: string): Promise<void> {
    try {
      await this.gateway.call<unknown>({
        method: "DELETE",
        path: `/me/events/${encodeURIComponent(id)}`,
        scopes: ["Calendars.ReadWrite"],
      });
    } catch (error: unknown) {
      const isGone = isAppError(error) && error.code === "graph_not_found";
      if (!isGone) throw error;
    }
  }

  /**
   * `GET /me/messages?$filter=conversationId eq '…'` with the add-in's custom properties expanded
   * (Mail.Read: extended properties are outside Mail.ReadBasic). No `$orderby`: combined with a
   * conversationId filter it is an InefficientFilter (GRAPH-FACTS B6); callers sort.
   */
  async listConversationMessages(options: {
    conversationId: string;
  }): Promise<ConversationMessage[]> {
    const messages: ConversationMessage[] = [];
    const pages = pageThrough<Graph.Message>(
      this.gateway,
      {
        method: "GET",
        path: "/me/messages",
        query: {
          $filter: `conversationId eq ${toODataString(options.conversationId)}`,
          $select: "id,internetMessageId,sentDateTime,from,subject",
          $expand: `singleValueExtendedProperties($filter=id eq ${toODataString(hostCustomPropertiesPropertyId)})`,
          $top: "50",
        },
        scopes: ["Mail.Read"],
      },
      { maxPages: 4 },
    );
    for await (const page of pages) messages.push(...page.items.flatMap(mapConversationMessage));
    return messages;
  }
}
