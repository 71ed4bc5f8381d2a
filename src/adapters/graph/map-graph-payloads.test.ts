// The adapter's pure mappings, on reduced real payloads (see __fixtures__/graph-payloads.ts to add a case).
import {
  inboundReply,
  scheduleInformation,
  sentTrackedMessage,
  unknownAddressSchedule,
} from "./__fixtures__/graph-payloads";
import { buildDraftBody, mapGraphMessage, mapGraphSentTrackedMessage } from "./map-graph-message";
import { mapGraphMailboxSettings, mapGraphSchedule } from "./map-graph-schedule";

describe("mapGraphSentTrackedMessage", () => {
  it("keeps the track id and the recipients that have an address", () => {
    expect(mapGraphSentTrackedMessage(sentTrackedMessage)).toStrictEqual({
      id: "AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0AuqjdUHx2qqaEowF2gdwAr1Xf6YYi9IkEAAA=",
      trackId: "trk-0007",
      subject: "Adatum security questionnaire",
      sentDateTime: "2025-03-12T13:00:00Z",
      conversationId: "AAQkAGI2TG93AAA=",
      internetMessageId: "<trk-0007@contoso.com>",
      to: [{ address: "lee.gu@adatum.com", name: "Lee Gu" }],
    });
  });

  it("skips a message without the marker", () => {
    expect(
      mapGraphSentTrackedMessage({ ...sentTrackedMessage, singleValueExtendedProperties: [] }),
    ).toBeUndefined();
  });
});

describe("mapGraphMessage", () => {
  it("maps a reply into the core's inbound shape, trimming the Message-ID", () => {
    expect(mapGraphMessage(inboundReply)).toStrictEqual({
      id: "AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0AKTushzawm5wH",
      internetMessageId: "<reply-1@adatum.com>",
      conversationId: "AAQkAGI2TG93AAA=",
      receivedDateTime: "2025-03-12T15:10:00Z",
      internetMessageHeaders: [{ name: "In-Reply-To", value: "<trk-0007@contoso.com>" }],
      from: { name: "Lee Gu", address: "lee.gu@adatum.com" },
      sender: { address: "lee.gu@adatum.com" },
      toRecipients: [{ address: "alex.wilber@contoso.com", name: "Alex Wilber" }],
      subject: "RE: Adatum security questionnaire",
      body: { contentType: "html", content: "<p>Thanks, Thursday works.</p>" },
      hasAttachments: false,
    });
  });

  it("maps a delta partial update (id and isRead only) to the id alone", () => {
    expect(mapGraphMessage({ id: "A1", isRead: true })).toStrictEqual({ id: "A1" });
  });
});

describe("buildDraftBody", () => {
  it("adds the Tempo marker as a single-value extended property", () => {
    expect(
      buildDraftBody({
        trackId: "tt-1",
        subject: "Hi",
        bodyHtml: "<p>x</p>",
        to: [{ address: "a@b.com" }],
      }),
    ).toStrictEqual({
      subject: "Hi",
      body: { contentType: "html", content: "<p>x</p>" },
      toRecipients: [{ emailAddress: { address: "a@b.com" } }],
      singleValueExtendedProperties: [
        { id: "String {6f4d3e2a-9b1c-4d5e-8f7a-1b2c3d4e5f60} Name TempoTrackId", value: "tt-1" },
      ],
    });
  });
});

describe("mapGraphSchedule", () => {
  it("keeps blocking UTC items and the working hours, and drops free and non-UTC items", () => {
    expect(mapGraphSchedule(scheduleInformation)).toStrictEqual({
      address: "alex.wilber@contoso.com",
      busy: [
        {
          startUtc: "2025-03-13T09:00:00.000Z",
          endUtc: "2025-03-13T10:00:00.000Z",
          status: "busy",
        },
        {
          startUtc: "2025-03-13T16:00:00.000Z",
          endUtc: "2025-03-13T17:00:00.000Z",
          status: "workingElsewhere",
        },
      ],
      workingHours: {
        daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
        startTime: "08:00:00.0000000",
        endTime: "17:00:00.0000000",
        timeZone: "Pacific Standard Time",
      },
    });
  });

  it("carries Graph's error for an unknown address", () => {
    expect(mapGraphSchedule(unknownAddressSchedule)).toStrictEqual({
      address: "nobody@fabrikam.com",
      busy: [],
      errorMessage: "The specified address isn't found",
    });
  });

  it("maps mailbox settings without working hours to the time zone alone", () => {
    expect(mapGraphMailboxSettings({ timeZone: "Pacific Standard Time" })).toStrictEqual({
      timeZone: "Pacific Standard Time",
    });
  });
});
