// CalendarApi over the Graph gateway: profile, mailbox settings and free/busy, one named function each.
import { createAppError } from "../../core/errors/app-error";
import { mapGraphMailboxSettings, mapGraphSchedule, mapGraphUser } from "./map-graph-schedule";
import type { TimeRange } from "../../core/time/time-range";
import type { CalendarApi, MailboxSettings, Schedule, UserProfile } from "../../ports/calendar-api";
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
}
