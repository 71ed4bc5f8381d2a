// Reduced copies of real Graph payloads (message, getSchedule, mailboxSettings), typed by microsoft-graph-types.
// To add a case: copy a real response, cut it to the fields the mapper reads, and type it here.
import { tempoTrackIdPropertyId } from "../../../core/tracking/tracking-marker";
import type * as Graph from "@microsoft/microsoft-graph-types";

export const sentTrackedMessage: Graph.Message = {
  id: "AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0AuqjdUHx2qqaEowF2gdwAr1Xf6YYi9IkEAAA=",
  subject: "Adatum security questionnaire",
  sentDateTime: "2025-03-12T13:00:00Z",
  conversationId: "AAQkAGI2TG93AAA=",
  internetMessageId: "<trk-0007@contoso.com>",
  toRecipients: [
    { emailAddress: { name: "Lee Gu", address: "lee.gu@adatum.com" } },
    { emailAddress: { name: "No address" } },
  ],
  singleValueExtendedProperties: [{ id: tempoTrackIdPropertyId, value: "trk-0007" }],
};

export const inboundReply: Graph.Message & { id: string } = {
  id: "AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0AKTushzawm5wH",
  subject: "RE: Adatum security questionnaire",
  receivedDateTime: "2025-03-12T15:10:00Z",
  conversationId: "AAQkAGI2TG93AAA=",
  internetMessageId: " <reply-1@adatum.com> ",
  from: { emailAddress: { name: "Lee Gu", address: "lee.gu@adatum.com" } },
  sender: { emailAddress: { address: "lee.gu@adatum.com" } },
  toRecipients: [{ emailAddress: { name: "Alex Wilber", address: "alex.wilber@contoso.com" } }],
  internetMessageHeaders: [{ name: "In-Reply-To", value: "<trk-0007@contoso.com>" }],
  body: { contentType: "html", content: "<p>Thanks, Thursday works.</p>" },
  hasAttachments: false,
};

export const scheduleInformation: Graph.ScheduleInformation = {
  scheduleId: "alex.wilber@contoso.com",
  availabilityView: "0220",
  scheduleItems: [
    {
      status: "busy",
      start: { dateTime: "2025-03-13T09:00:00.0000000", timeZone: "UTC" },
      end: { dateTime: "2025-03-13T10:00:00.0000000", timeZone: "UTC" },
    },
    {
      status: "free",
      start: { dateTime: "2025-03-13T11:00:00.0000000", timeZone: "UTC" },
      end: { dateTime: "2025-03-13T11:30:00.0000000", timeZone: "UTC" },
    },
    {
      status: "oof",
      start: { dateTime: "2025-03-13T14:00:00.0000000", timeZone: "Pacific Standard Time" },
      end: { dateTime: "2025-03-13T15:00:00.0000000", timeZone: "Pacific Standard Time" },
    },
    {
      status: "workingElsewhere",
      start: { dateTime: "2025-03-13T16:00:00.0000000", timeZone: "UTC" },
      end: { dateTime: "2025-03-13T17:00:00.0000000", timeZone: "UTC" },
    },
  ],
  workingHours: {
    daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
    startTime: "08:00:00.0000000",
    endTime: "17:00:00.0000000",
    timeZone: { name: "Pacific Standard Time" },
  },
};

export const unknownAddressSchedule: Graph.ScheduleInformation = {
  scheduleId: "nobody@fabrikam.com",
  error: {
    message: "The specified address isn't found",
    responseCode: "ErrorMailRecipientNotFound",
  },
};
