// The port for the user's profile, mailbox settings, free/busy, events (meetings and holds) and offers found in a thread.
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

/** Graph's `onlineMeetingProviderType` values (event resource, GRAPH-FACTS D12). */
export type OnlineMeetingProvider =
  | "unknown"
  | "teamsForBusiness"
  | "skypeForBusiness"
  | "skypeForConsumer";

/** What the default calendar allows for online meetings. */
export interface OnlineMeetingSettings {
  readonly allowedProviders: readonly OnlineMeetingProvider[];
  readonly defaultProvider?: OnlineMeetingProvider;
}

export interface EventAttendee {
  readonly address: string;
  readonly name?: string;
}

/** An event to create: a booked meeting (busy, with attendees) or a hold (tentative, marked). */
export interface NewEvent {
  readonly subject: string;
  /** Plain text; the adapter sends it as a text body, so nothing in it is read as HTML. */
  readonly bodyText: string;
  readonly slot: TimeRange;
  readonly showAs: "busy" | "tentative";
  /** Invitations go out to these when the event is created (user-post-events, D12). */
  readonly attendees: readonly EventAttendee[];
  /** Asks for a Teams meeting; only set it when the calendar allows `teamsForBusiness`. */
  readonly isTeamsMeeting: boolean;
  /** Value of Tempo's hold property (`holdPropertyId`) when the event is a hold. */
  readonly holdMark?: string;
  /** Zone the times are shown in on the event (IANA or Windows), e.g. the rep's. */
  readonly timeZone?: string;
}

/** An event as Graph answered its creation. */
export interface CreatedEvent {
  readonly id: string;
  readonly isOnlineMeeting: boolean;
  /** Teams join link; absent when Graph created no online meeting (it may fall back silently). */
  readonly joinUrl?: string;
}

/** A tentative hold Tempo placed, found by its property. */
export interface HoldEvent {
  readonly id: string;
  readonly slot: TimeRange;
  /** Raw value of the hold property, e.g. `of-1|2026-12-01T17:00:00.000Z`. */
  readonly mark: string;
}

/** A message of a conversation, with what booking needs from it. */
export interface ConversationMessage {
  readonly id: string;
  readonly internetMessageId?: string;
  /** ISO-8601 UTC. */
  readonly sentUtc?: string;
  readonly fromAddress?: string;
  readonly subject?: string;
  /** The add-in's custom properties as Exchange stores them (one JSON string, GRAPH-FACTS A1). */
  readonly customPropertiesJson?: string;
}

/** Calendar and profile reads, event writes; every rejection is an AppError. */
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
  /** The calendar's online-meeting providers, e.g. `{ allowedProviders: ["teamsForBusiness"] }`. */
  getOnlineMeetingSettings(): Promise<OnlineMeetingSettings>;
  /**
   * Creates an event; invitations go to its attendees. e.g. a 30-minute meeting with one attendee
   * and `isTeamsMeeting` gives `{ id, isOnlineMeeting: true, joinUrl: "https://teams…" }`.
   */
  createEvent(event: NewEvent): Promise<CreatedEvent>;
  /** Every event carrying Tempo's hold property, e.g. `[{ id, slot, mark: "of-1|…" }]`. */
  listHolds(): Promise<HoldEvent[]>;
  /** Deletes one event; an event already gone counts as deleted. */
  deleteEvent(id: string): Promise<void>;
  /**
   * The messages of a conversation in any folder, with the add-in's custom properties (where the
   * offer inserted from compose lives once sent), e.g. the rep's Sent copy and the prospect's reply.
   */
  listConversationMessages(options: { conversationId: string }): Promise<ConversationMessage[]>;
}
