// The in-memory calendar side of the mailbox: events (times kept as UTC instants), the calendar, mailbox settings and the user.
import { itemNotFound, malformedId } from "./graph-errors";
import { isJsonObject } from "./graph-types";
import { isWellFormedId, mintId } from "./mail-ids";
import { parseGraphDateTime } from "./time-zones";
import type { ExtendedProperty } from "./mailbox-store";
import type { JsonObject } from "./graph-types";
import type { FakeClock } from "./fake-clock";

export interface StoredEvent {
  id: string;
  /** Graph properties except id, start, end, changeKey and singleValueExtendedProperties. */
  props: JsonObject;
  startMs: number;
  endMs: number;
  extendedProperties: ExtendedProperty[];
  version: number;
}

export interface CalendarSeed {
  user: JsonObject;
  calendar: JsonObject;
  mailboxSettings: JsonObject;
}

export function readDateTimeTimeZone(
  value: JsonObject[keyof JsonObject] | undefined,
  label: string,
): number {
  const isValid =
    isJsonObject(value) && typeof value.dateTime === "string" && typeof value.timeZone === "string";
  if (!isValid) throw new RangeError(`${label} must be a dateTimeTimeZone`);
  return parseGraphDateTime(value.dateTime as string, value.timeZone as string).getTime();
}

export class CalendarStore {
  private readonly events = new Map<string, StoredEvent>();
  user: JsonObject = {};
  calendar: JsonObject = {};
  mailboxSettings: JsonObject = {};

  constructor(private readonly clock: FakeClock) {}

  applySeed(seed: CalendarSeed): void {
    this.user = structuredClone(seed.user);
    this.calendar = { id: mintId("folder"), ...structuredClone(seed.calendar) };
    this.mailboxSettings = structuredClone(seed.mailboxSettings);
  }

  /** `props.start`/`props.end` are dateTimeTimeZone values in any Windows or IANA zone. */
  addEvent(props: JsonObject, extendedProperties: ExtendedProperty[] = []): StoredEvent {
    const nowIso = this.clock.now().toISOString();
    const { start, end, ...rest } = props;
    const startZone =
      isJsonObject(start) && typeof start.timeZone === "string" ? start.timeZone : "UTC";
    const event: StoredEvent = {
      id: mintId("event"),
      startMs: readDateTimeTimeZone(start, "start"),
      endMs: readDateTimeTimeZone(end, "end"),
      extendedProperties: extendedProperties.map((prop) => ({ ...prop })),
      version: 1,
      props: {
        createdDateTime: nowIso,
        lastModifiedDateTime: nowIso,
        categories: [],
        originalStartTimeZone: startZone,
        originalEndTimeZone:
          isJsonObject(end) && typeof end.timeZone === "string" ? end.timeZone : startZone,
        iCalUId: `040000008200E00074C5B7101A82E008${mintId("event").slice(-24)}`,
        reminderMinutesBeforeStart: 15,
        isReminderOn: true,
        hasAttachments: false,
        subject: "",
        bodyPreview: "",
        importance: "normal",
        sensitivity: "normal",
        isAllDay: false,
        isCancelled: false,
        isOrganizer: true,
        responseRequested: true,
        showAs: "busy",
        type: "singleInstance",
        body: { contentType: "html", content: "" },
        location: { displayName: "", locationType: "default" },
        attendees: [],
        organizer: {
          emailAddress: { name: this.user.displayName ?? null, address: this.user.mail ?? null },
        },
        isOnlineMeeting: false,
        onlineMeetingProvider: "unknown",
        onlineMeeting: null,
        ...rest,
      },
    };
    this.events.set(event.id, event);
    return event;
  }

  requireEvent(id: string): StoredEvent {
    const event = this.events.get(id);
    if (event) return event;
    if (!isWellFormedId(id)) throw malformedId();
    throw itemNotFound();
  }

  listEvents(): StoredEvent[] {
    return [...this.events.values()].sort((a, b) => a.startMs - b.startMs);
  }

  removeEvent(event: StoredEvent): void {
    this.events.delete(event.id);
  }

  touch(event: StoredEvent): void {
    event.version += 1;
    event.props.lastModifiedDateTime = this.clock.now().toISOString();
  }

  changeKey(event: StoredEvent): string {
    return Buffer.from(`DwAAABYAAA${event.id.slice(-8)}v${event.version}`).toString("base64");
  }
}
