// Pure mappings from Graph user, mailboxSettings and getSchedule payloads to the calendar port's shapes.
import { busyStatuses } from "../../core/availability/busy-interval";
import { DayOfWeek } from "../../core/availability/working-hours";
import type { BusyInterval, BusyStatus } from "../../core/availability/busy-interval";
import type { WorkingHours } from "../../core/availability/working-hours";
import type { MailboxSettings, Schedule, UserProfile } from "../../ports/calendar-api";
import type * as Graph from "@microsoft/microsoft-graph-types";

const dayNames: ReadonlySet<string> = new Set(Object.values(DayOfWeek));

/** `{ dateTime: "2025-03-12T09:00:00.0000000", timeZone: "UTC" }` gives `"2025-03-12T09:00:00.000Z"`. */
export function toUtcIso(
  value: Graph.NullableOption<Graph.DateTimeTimeZone> | undefined,
): string | undefined {
  const dateTime = value?.dateTime;
  const isUtc = (value?.timeZone ?? "UTC").toUpperCase() === "UTC";
  if (!dateTime || !isUtc) return undefined;
  const hasZone = /(Z|[+-]\d{2}:\d{2})$/.test(dateTime);
  const ms = Date.parse(hasZone ? dateTime : `${dateTime}Z`);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

export function mapGraphWorkingHours(
  hours: Graph.NullableOption<Graph.WorkingHours> | undefined,
): WorkingHours | undefined {
  if (!hours?.startTime || !hours.endTime || !hours.timeZone?.name) return undefined;
  const days = (hours.daysOfWeek ?? []).filter((day): day is DayOfWeek => dayNames.has(day));
  return {
    daysOfWeek: days,
    startTime: hours.startTime,
    endTime: hours.endTime,
    timeZone: hours.timeZone.name,
  };
}

function isBusyStatus(status: string | null | undefined): status is BusyStatus {
  return busyStatuses.some((known) => known === status);
}

/**
 * One scheduleInformation (asked with `Prefer: outlook.timezone="UTC"`) → Schedule. Items whose
 * status is `free` or `unknown`, or whose times are not UTC, are left out: they block nothing.
 */
export function mapGraphSchedule(information: Graph.ScheduleInformation): Schedule {
  const busy: BusyInterval[] = (information.scheduleItems ?? []).flatMap((item) => {
    const startUtc = toUtcIso(item.start);
    const endUtc = toUtcIso(item.end);
    const status = item.status;
    const isBlocking = isBusyStatus(status) && status !== "free";
    return startUtc && endUtc && isBlocking ? [{ startUtc, endUtc, status }] : [];
  });
  const workingHours = mapGraphWorkingHours(information.workingHours);
  const errorMessage = information.error?.message ?? undefined;
  return {
    address: information.scheduleId ?? "",
    busy,
    ...(workingHours ? { workingHours } : {}),
    ...(errorMessage ? { errorMessage } : {}),
  };
}

export function mapGraphMailboxSettings(settings: Graph.MailboxSettings): MailboxSettings {
  const workingHours = mapGraphWorkingHours(settings.workingHours);
  return {
    ...(settings.timeZone ? { timeZone: settings.timeZone } : {}),
    ...(workingHours ? { workingHours } : {}),
  };
}

export function mapGraphUser(user: Graph.User & { id: string }): UserProfile {
  return {
    id: user.id,
    ...(user.displayName ? { displayName: user.displayName } : {}),
    ...(user.mail ? { mail: user.mail } : {}),
    ...(user.userPrincipalName ? { userPrincipalName: user.userPrincipalName } : {}),
  };
}
