// The stored state document: tolerant parse of hostile or garbled JSON, round trip, and the size cap.
import { buildEvent } from "./__fixtures__/build-tracking";
import {
  MAX_STATE_CHARS,
  capTrackingState,
  createTrackingState,
  markTrackingStateSeen,
  parseTrackingState,
  serializeTrackingState,
  type TrackingState,
} from "./tracking-state";
import type { EngagementEvent } from "./tracked-email";

const fresh: TrackingState = {
  v: 1,
  status: "awaiting",
  recipients: [],
  events: [],
  unseenKeys: [],
  followUp: { state: "none" },
};

const engaged: TrackingState = {
  v: 1,
  status: "replied",
  recipients: [
    { address: "ann@example.com", status: "replied" },
    { address: "bob@example.com", status: "bounced" },
  ],
  events: [
    buildEvent({
      key: "<ndr-1@example.com>",
      kind: "bounce",
      bounce: "hard",
      at: "2025-03-04T08:00:00.000Z",
      recipient: "bob@example.com",
      summary: "Bounced (5.1.1): user unknown",
      inboundMessageId: "in-0",
    }),
    buildEvent(),
  ],
  unseenKeys: ["<reply-1@example.com>"],
  followUp: { state: "cleared", dueDateTime: "2025-03-06T09:00:00.000Z" },
};

describe("createTrackingState", () => {
  it("starts awaiting, with no events and no flag", () => {
    expect(createTrackingState()).toStrictEqual(fresh);
  });
});

describe("parseTrackingState", () => {
  it("gives a fresh state and no issue when there is no document yet", () => {
    expect(parseTrackingState(undefined)).toStrictEqual({ state: fresh });
    expect(parseTrackingState("")).toStrictEqual({ state: fresh });
  });

  it("reads back what serializeTrackingState wrote", () => {
    expect(parseTrackingState(serializeTrackingState(engaged))).toStrictEqual({ state: engaged });
  });

  it.each([
    { name: "garbled JSON", json: '{"v":1,"events":[', issue: "not_json" },
    { name: "a JSON array", json: "[1,2]", issue: "not_an_object" },
    { name: "JSON null", json: "null", issue: "not_an_object" },
    { name: "a JSON string", json: '"v1"', issue: "not_an_object" },
    { name: "no version", json: '{"events":[]}', issue: "unknown_version" },
    { name: "a version as text", json: '{"v":"1"}', issue: "unknown_version" },
    { name: "version 0", json: '{"v":0}', issue: "unknown_version" },
    { name: "a newer version", json: '{"v":2,"events":[]}', issue: "newer_version" },
    { name: "70 KB of JSON", json: `{"v":1,"x":"${"a".repeat(70 * 1024)}"}`, issue: "oversized" },
  ])("resets $name to a fresh state, saying $issue", ({ json, issue }) => {
    expect(parseTrackingState(json)).toStrictEqual({ state: fresh, issue });
  });

  it("keeps the valid parts of a partly broken document and re-cuts hostile text", () => {
    const json = JSON.stringify({
      v: 1,
      status: "awaiting",
      recipients: [
        { address: "ANN@Example.com", status: "replied" },
        { address: "bob@example.com", status: "hacked" },
        { address: "not an address", status: "bounced" },
      ],
      events: [
        {
          key: "<r1@example.com>",
          kind: "human_reply",
          at: "2025-03-05T10:00:00Z",
          recipient: "ann@example.com",
          summary: "<script>alert(1)</script>\u0000\u202eReplied",
          bounce: "sideways",
        },
        {
          key: "<r1@example.com>",
          kind: "human_reply",
          at: "2025-03-06T10:00:00Z",
          summary: "dup",
        },
        { key: "<r2@example.com>", kind: "pwned", at: "2025-03-05T10:00:00Z", summary: "x" },
        { key: "<r3@example.com>", kind: "read_receipt", at: "yesterday", summary: "x" },
        null,
      ],
      unseenKeys: ["<r1@example.com>", "<gone@example.com>", 7],
      trimmedThrough: "not a date",
      followUp: { state: "flagged", dueDateTime: 12 },
    });
    expect(parseTrackingState(json)).toStrictEqual({
      state: {
        v: 1,
        // Stored as "awaiting", but the kept reply says more.
        status: "replied",
        recipients: [{ address: "ann@example.com", status: "replied" }],
        events: [
          {
            key: "<r1@example.com>",
            kind: "human_reply",
            at: "2025-03-05T10:00:00.000Z",
            recipient: "ann@example.com",
            summary: "<script>alert(1)</script> Replied",
          },
        ],
        unseenKeys: ["<r1@example.com>"],
        followUp: { state: "flagged" },
      },
      issue: "invalid_parts",
    });
  });

  it("does not let a __proto__ key pollute objects", () => {
    const parsed = parseTrackingState(
      '{"v":1,"__proto__":{"polluted":true},"events":[{"__proto__":{"polluted":true}}]}',
    );
    expect(parsed).toStrictEqual({ state: fresh, issue: "invalid_parts" });
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
  });
});

function buildAutoReply(day: number): EngagementEvent {
  const dayText = String(day).padStart(2, "0");
  return buildEvent({
    key: `<auto-${dayText}@example.com>`,
    kind: "auto_reply",
    autoReplyReason: "out_of_office",
    at: `2025-04-${dayText}T10:00:00.000Z`,
    summary: "Out of office",
  });
}

describe("capTrackingState", () => {
  it("gives the same state when it fits", () => {
    expect(capTrackingState(engaged)).toBe(engaged);
  });

  it("drops the oldest automatic replies first and remembers up to when it dropped", () => {
    const reply = buildEvent({ at: "2025-04-01T09:00:00.000Z" });
    const autoReplies = [1, 2, 3, 4].map(buildAutoReply);
    const state: TrackingState = {
      ...fresh,
      status: "replied",
      recipients: [{ address: "ann@example.com", status: "replied" }],
      events: [reply, ...autoReplies],
    };
    const eventChars = JSON.stringify(autoReplies[0]).length + 1;
    // Room for all but two auto-replies, plus the 64 characters kept for `trimmedThrough`.
    const maxChars = JSON.stringify(state).length - 2 * eventChars + 64;
    const capped = capTrackingState(state, maxChars);
    expect(capped).toStrictEqual({
      ...state,
      events: [reply, buildAutoReply(3), buildAutoReply(4)],
      trimmedThrough: "2025-04-02T10:00:00.000Z",
    });
    expect(JSON.stringify(capped).length).toBeLessThanOrEqual(maxChars);
  });

  it("keeps a 500-event history under the cap, keeping every reply and the statuses", () => {
    const replies = [buildEvent({ key: "<r-a@example.com>", at: "2025-03-01T00:00:00.000Z" })];
    const noise = Array.from({ length: 500 }, (_, i) =>
      buildEvent({
        key: `<receipt-${String(i).padStart(3, "0")}@example.com>`,
        kind: "read_receipt",
        at: new Date(Date.UTC(2025, 3, 1) + i * 60_000).toISOString(),
        summary: "Read receipt ".repeat(15),
      }),
    );
    const state: TrackingState = {
      ...fresh,
      status: "replied",
      recipients: [{ address: "ann@example.com", status: "replied" }],
      events: [...replies, ...noise],
      unseenKeys: noise.map((event) => event.key),
    };
    const json = serializeTrackingState(state);
    const parsed = parseTrackingState(json);
    expect(json.length).toBeLessThanOrEqual(MAX_STATE_CHARS);
    expect(parsed.issue).toBeUndefined();
    const keptKeys = parsed.state.events.map((event) => event.key);
    expect(keptKeys[0]).toBe("<r-a@example.com>");
    // The kept receipts are the newest ones, in order, and still unseen.
    const keptNoise = noise.slice(noise.length - (keptKeys.length - 1)).map((event) => event.key);
    expect(keptKeys.slice(1)).toStrictEqual(keptNoise);
    expect(parsed.state.unseenKeys).toStrictEqual(keptNoise);
    expect(parsed.state.status).toBe("replied");
    expect(parsed.state.trimmedThrough).toBe(noise[noise.length - keptKeys.length]?.at);
  });
});

describe("markTrackingStateSeen", () => {
  it("clears the unseen keys", () => {
    expect(markTrackingStateSeen(engaged)).toStrictEqual({ ...engaged, unseenKeys: [] });
  });

  it("gives the same state when nothing was unseen", () => {
    expect(markTrackingStateSeen(fresh)).toBe(fresh);
  });
});
