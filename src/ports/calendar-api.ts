// The port for the user's profile, mailbox settings and free/busy through Microsoft Graph.
import type { BusyInterval } from "../core/availability/busy-interval";
import type { WorkingHours } from "../core/availability/working-hours";
import type { TimeRange } from "../core/time/time-range";

export interface UserProfile {
  readonly id: string;
  readonly displayName?: string;
  /** The SMTP address free/busy is asked for, e.g. `"rep@contoso.com"`. */
  readonly mail?: string;
  readonly userPrincipalName?: string;
}

export interface MailboxSettings {
  /** As Graph stores it: Windows ("Pacific Standard Time") or IANA. */
  readonly timeZone?: string;
  readonly workingHours?: WorkingHours;
}

/** One person's calendar over the asked window. */
export interface Schedule {
  readonly address: string;
  readonly busy: readonly BusyInterval[];
  readonly workingHours?: WorkingHours;
  /** Set when Graph answered an error for this address instead of a schedule. */
  readonly errorMessage?: string;
}

/** Calendar and profile reads; every rejection is an AppError. */
export interface CalendarApi {
  /** The signed-in user, e.g. `getMe()` gives `{ id, displayName: "Megan", mail: "megan@contoso.com" }`. */
  getMe(): Promise<UserProfile>;
  /** Time zone and working hours, e.g. `{ timeZone: "Pacific Standard Time", workingHours: {…} }`. */
  getMailboxSettings(): Promise<MailboxSettings>;
  /**
   * Free/busy for up to 20 addresses over `window` (UTC results), e.g.
   * `getSchedule({ addresses: ["megan@contoso.com"], window })` gives one Schedule per address.
   */
  getSchedule(options: {
    addresses: readonly string[];
    window: TimeRange;
    intervalMinutes?: number;
  }): Promise<Schedule[]>;
}
