// Pure mappings for tracked mail: the compose custom-property JSON, state, flag both ways, the PATCH body, the message class.
import {
  hostCustomPropertiesPropertyId,
  tempoTrackIdPropertyId,
  toTrackId,
  trackingStatePropertyId,
} from "../../core/tracking/tracking-marker";
import { toMessageId } from "../../ports/mail-api";
import {
  buildTrackedMessagePatch,
  trackedMailExpand,
  trackedMailFilter,
} from "./graph-tracked-mail";
import { buildGraphFollowUpFlag, mapGraphFollowUpFlag } from "./map-graph-flag";
import { mapGraphMessage, mapGraphSentTrackedMessage, readHostTrackId } from "./map-graph-message";

describe("readHostTrackId", () => {
  it.each([
    ['{"tempoTrackId":"tt-1"}', "tt-1"],
    ['{"color":"red","tempoTrackId":" tt-2 "}', "tt-2"],
    ['{"tempoTrackId": ', undefined],
    ['{"TEMPOTRACKID":"tt-3"}', undefined],
    ['{"tempoTrackId":42}', undefined],
    ['{"tempoTrackId":""}', undefined],
    ['["tempoTrackId"]', undefined],
    ["null", undefined],
    [undefined, undefined],
  ])("reads %s as %s, never throwing", (json, expected) => {
    expect(readHostTrackId(json)).toBe(expected);
  });
});

describe("mapGraphSentTrackedMessage", () => {
  it("takes the track id from the custom properties when Tempo's marker is absent, with state, cc and flag", () => {
    expect(
      mapGraphSentTrackedMessage({
        id: "AAk1",
        subject: "From compose",
        ccRecipients: [{ emailAddress: { address: "megan.bowen@contoso.com" } }],
        flag: {
          flagStatus: "flagged",
          startDateTime: { dateTime: "2025-03-19T16:00:00.0000000", timeZone: "UTC" },
          dueDateTime: { dateTime: "2025-03-20T16:00:00.0000000", timeZone: "UTC" },
        },
        singleValueExtendedProperties: [
          { id: hostCustomPropertiesPropertyId, value: '{"tempoTrackId":"tt-compose"}' },
          { id: trackingStatePropertyId.toUpperCase(), value: "not the same Name" },
          { id: trackingStatePropertyId, value: '{"v":1}' },
        ],
      }),
    ).toStrictEqual({
      id: "AAk1",
      trackId: "tt-compose",
      subject: "From compose",
      to: [],
      cc: [{ address: "megan.bowen@contoso.com" }],
      stateJson: '{"v":1}',
      flag: {
        flagStatus: "flagged",
        startDateTime: "2025-03-19T16:00:00.000Z",
        dueDateTime: "2025-03-20T16:00:00.000Z",
      },
    });
  });

  it("skips a message whose custom properties are unreadable", () => {
    expect(
      mapGraphSentTrackedMessage({
        id: "AAk2",
        singleValueExtendedProperties: [{ id: hostCustomPropertiesPropertyId, value: "{oops" }],
      }),
    ).toBeUndefined();
  });
});

describe("follow-up flag mapping", () => {
  it("drops times in a zone other than UTC and unknown statuses rather than guessing", () => {
    expect([
      mapGraphFollowUpFlag({
        flagStatus: "flagged",
        dueDateTime: { dateTime: "2025-03-20T09:00:00", timeZone: "Pacific Standard Time" },
      }),
      mapGraphFollowUpFlag({ flagStatus: "someday" as never }),
      mapGraphFollowUpFlag(null),
    ]).toStrictEqual([{ flagStatus: "flagged" }, undefined, undefined]);
  });

  it("sends a due date with a start date (C10) and a cleared flag as its status alone", () => {
    expect([
      buildGraphFollowUpFlag({ flagStatus: "flagged", dueDateTime: "2025-03-20T16:00:00.000Z" }),
      buildGraphFollowUpFlag({ flagStatus: "notFlagged", dueDateTime: "2025-03-20T16:00:00Z" }),
      buildGraphFollowUpFlag({ flagStatus: "complete" }),
    ]).toStrictEqual([
      {
        flagStatus: "flagged",
        startDateTime: { dateTime: "2025-03-20T16:00:00.000", timeZone: "UTC" },
        dueDateTime: { dateTime: "2025-03-20T16:00:00.000", timeZone: "UTC" },
      },
      { flagStatus: "notFlagged" },
      { flagStatus: "complete" },
    ]);
  });
});

describe("tracked-mail requests", () => {
  it("patches only the marker, the state and the flag", () => {
    expect(
      buildTrackedMessagePatch({
        id: toMessageId("AAk1"),
        trackId: toTrackId("tt-1"),
        stateJson: '{"v":1}',
        flag: { flagStatus: "notFlagged" },
      }),
    ).toStrictEqual({
      singleValueExtendedProperties: [
        { id: tempoTrackIdPropertyId, value: "tt-1" },
        { id: trackingStatePropertyId, value: '{"v":1}' },
      ],
      flag: { flagStatus: "notFlagged" },
    });
  });

  it("filters on either marker and expands both and the state", () => {
    expect([trackedMailFilter, trackedMailExpand]).toStrictEqual([
      "singleValueExtendedProperties/Any(ep: ep/id eq 'String {6f4d3e2a-9b1c-4d5e-8f7a-1b2c3d4e5f60} Name TempoTrackId' and ep/value ne null)" +
        " or singleValueExtendedProperties/Any(ep: ep/id eq 'String {00020329-0000-0000-C000-000000000046} Name cecp-5b73b27d-2b6e-4d85-8a3e-f432b1d20dcb' and contains(ep/value, 'tempoTrackId'))",
      "singleValueExtendedProperties($filter=id eq 'String {6f4d3e2a-9b1c-4d5e-8f7a-1b2c3d4e5f60} Name TempoTrackId'" +
        " or id eq 'String {00020329-0000-0000-C000-000000000046} Name cecp-5b73b27d-2b6e-4d85-8a3e-f432b1d20dcb'" +
        " or id eq 'String {6f4d3e2a-9b1c-4d5e-8f7a-1b2c3d4e5f60} Name TempoTrackingState')",
    ]);
  });
});

describe("mapGraphMessage", () => {
  it("reads the message class from the expanded PidTagMessageClass", () => {
    expect(
      mapGraphMessage({
        id: "AAk3",
        singleValueExtendedProperties: [{ id: "string 0x001a", value: "REPORT.IPM.Note.NDR" }],
      }),
    ).toStrictEqual({ id: "AAk3", messageClass: "REPORT.IPM.Note.NDR" });
  });
});
