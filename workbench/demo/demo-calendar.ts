// The rep's busy fortnight: about 20 events over the next 10 business days in Pacific time, with every showAs value.
import { prospects, rep, toRecipient } from "./demo-people";
import type { JsonObject } from "../graph/graph-types";

interface EventSpec {
  businessDay: number;
  start: string;
  end: string;
  subject: string;
  showAs: "free" | "tentative" | "busy" | "oof" | "workingElsewhere";
  attendees?: Array<{ name: string; address: string; company: string }>;
  isOnlineMeeting?: boolean;
  location?: string;
}

const specs: EventSpec[] = [
  { businessDay: 0, start: "09:00", end: "09:30", subject: "Team standup", showAs: "busy" },
  {
    businessDay: 0,
    start: "11:00",
    end: "12:00",
    subject: "Fabrikam discovery call",
    showAs: "busy",
    attendees: [prospects.kenji],
    isOnlineMeeting: true,
  },
  { businessDay: 0, start: "12:00", end: "13:00", subject: "Lunch", showAs: "free" },
  {
    businessDay: 1,
    start: "08:00",
    end: "17:00",
    subject: "Working from the Seattle office",
    showAs: "workingElsewhere",
    location: "Seattle",
  },
  {
    businessDay: 1,
    start: "10:00",
    end: "10:30",
    subject: "Pipeline review with Megan",
    showAs: "busy",
  },
  {
    businessDay: 1,
    start: "14:00",
    end: "15:00",
    subject: "Partner webinar (maybe)",
    showAs: "tentative",
  },
  { businessDay: 2, start: "09:00", end: "09:30", subject: "Team standup", showAs: "busy" },
  {
    businessDay: 2,
    start: "13:00",
    end: "14:30",
    subject: "Litware pilot scoping",
    showAs: "busy",
    attendees: [prospects.liam],
    isOnlineMeeting: true,
  },
  { businessDay: 3, start: "08:00", end: "12:00", subject: "Dentist and errands", showAs: "oof" },
  { businessDay: 3, start: "15:00", end: "16:00", subject: "Forecast prep", showAs: "busy" },
  { businessDay: 4, start: "09:00", end: "09:30", subject: "Team standup", showAs: "busy" },
  {
    businessDay: 4,
    start: "11:30",
    end: "12:00",
    subject: "Wingtip Toys check-in",
    showAs: "busy",
    attendees: [prospects.marcus],
    isOnlineMeeting: true,
  },
  {
    businessDay: 5,
    start: "10:00",
    end: "11:00",
    subject: "Sales enablement training",
    showAs: "tentative",
  },
  { businessDay: 5, start: "13:00", end: "14:00", subject: "1:1 with Megan", showAs: "busy" },
  { businessDay: 6, start: "09:00", end: "09:30", subject: "Team standup", showAs: "busy" },
  {
    businessDay: 6,
    start: "14:00",
    end: "15:00",
    subject: "Northwind pricing review",
    showAs: "busy",
    attendees: [prospects.sofia],
    isOnlineMeeting: true,
  },
  {
    businessDay: 7,
    start: "00:00",
    end: "23:59",
    subject: "Offsite (out of office)",
    showAs: "oof",
  },
  { businessDay: 8, start: "09:00", end: "09:30", subject: "Team standup", showAs: "busy" },
  {
    businessDay: 8,
    start: "10:00",
    end: "12:00",
    subject: "Focus time: proposals",
    showAs: "busy",
  },
  {
    businessDay: 9,
    start: "15:30",
    end: "16:30",
    subject: "Quarterly business review",
    showAs: "busy",
  },
];

/** The local date (YYYY-MM-DD) of the n-th business day from `now` in the zone, counting today when it is a weekday. */
function businessDate(now: Date, timeZone: string, index: number): string {
  const localToday = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
  const day = new Date(`${localToday}T12:00:00Z`);
  let remaining = index;
  for (;;) {
    const isWeekday = day.getUTCDay() !== 0 && day.getUTCDay() !== 6;
    if (isWeekday && remaining === 0) return day.toISOString().slice(0, 10);
    if (isWeekday) remaining -= 1;
    day.setUTCDate(day.getUTCDate() + 1);
  }
}

export function buildDemoEvents(now: Date, zone: { windows: string; iana: string }): JsonObject[] {
  return specs.map((spec) => {
    const date = businessDate(now, zone.iana, spec.businessDay);
    const event: JsonObject = {
      subject: spec.subject,
      body: { contentType: "html", content: `<p>${spec.subject}</p>` },
      start: { dateTime: `${date}T${spec.start}:00`, timeZone: zone.windows },
      end: { dateTime: `${date}T${spec.end}:00`, timeZone: zone.windows },
      showAs: spec.showAs,
      location: {
        displayName:
          spec.location ?? (spec.isOnlineMeeting === true ? "Microsoft Teams Meeting" : ""),
        locationType: "default",
      },
      organizer: toRecipient(rep),
      attendees: (spec.attendees ?? []).map((person) => ({
        type: "required",
        status: { response: "none", time: "0001-01-01T00:00:00Z" },
        ...toRecipient(person),
      })),
    };
    if (spec.isOnlineMeeting === true) {
      const slug = `${date}${spec.start}`.replace(/\D/g, "");
      Object.assign(event, {
        isOnlineMeeting: true,
        onlineMeetingProvider: "teamsForBusiness",
        onlineMeeting: {
          joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_demo${slug}%40thread.v2/0`,
        },
      });
    }
    return event;
  });
}
