// Applying engagement events: idempotent by key, statuses by precedence per recipient and overall.
import { buildEvent } from "./__fixtures__/build-tracking";
import { applyEngagement, applyEngagements } from "./apply-engagement";
import { createTrackingState, type TrackingState } from "./tracking-state";
import type { EngagementEvent } from "./tracked-email";

const reply = buildEvent();
const bounceForBob = buildEvent({
  key: "<ndr-1@example.com>",
  kind: "bounce",
  bounce: "hard",
  at: "2025-03-04T08:00:00.000Z",
  recipient: "bob@example.com",
  summary: "Bounced (5.1.1): user unknown",
  inboundMessageId: "in-0",
});

describe("applyEngagement", () => {
  it("records a reply: the status, the recipient, the event and that it is unseen", () => {
    expect(applyEngagement(createTrackingState(), reply)).toStrictEqual({
      v: 1,
      status: "replied",
      recipients: [{ address: "ann@example.com", status: "replied" }],
      events: [reply],
      unseenKeys: ["<reply-1@example.com>"],
      followUp: { state: "none" },
    });
  });

  it("changes nothing when the same reply is seen twice, and says so with the same object", () => {
    const once = applyEngagement(createTrackingState(), reply);
    const twice = applyEngagement(once, { ...reply });
    expect(twice).toBe(once);
  });

  it("keeps each recipient's own status and the timeline in time order", () => {
    const state = applyEngagements(createTrackingState(), [reply, bounceForBob]);
    expect(state).toStrictEqual({
      v: 1,
      status: "replied",
      recipients: [
        { address: "ann@example.com", status: "replied" },
        { address: "bob@example.com", status: "bounced" },
      ],
      events: [bounceForBob, reply],
      unseenKeys: ["<ndr-1@example.com>", "<reply-1@example.com>"],
      followUp: { state: "none" },
    });
  });

  const ladder: readonly (readonly [string, Partial<EngagementEvent>])[] = [
    ["awaiting", { kind: "delivery_report" }],
    ["read_receipt", { kind: "read_receipt" }],
    ["auto_replied", { kind: "auto_reply", autoReplyReason: "out_of_office" }],
    ["soft_bounced", { kind: "bounce", bounce: "soft" }],
    ["bounced", { kind: "bounce", bounce: "hard" }],
    ["unsubscribed", { kind: "unsubscribe_request" }],
    ["replied", { kind: "human_reply" }],
  ];
  const ladderEvents = ladder.map(([, overrides], i) =>
    buildEvent({ ...overrides, key: `<e${i}@example.com>`, at: `2025-03-0${i + 1}T10:00:00.000Z` }),
  );

  it.each(ladder.map(([status], i) => ({ status, i })))(
    "gives $status after the events up to it, whatever their order",
    ({ status, i }) => {
      const upTo = ladderEvents.slice(0, i + 1);
      const forward = applyEngagements(createTrackingState(), upTo);
      const backward = applyEngagements(createTrackingState(), [...upTo].reverse());
      expect(forward.status).toBe(status);
      expect(forward.recipients).toStrictEqual(
        status === "awaiting" ? [] : [{ address: "ann@example.com", status }],
      );
      expect(backward).toStrictEqual(forward);
    },
  );

  it("never weakens a status: a later out-of-office after a reply stays replied", () => {
    const ooo = buildEvent({
      key: "<ooo@example.com>",
      kind: "auto_reply",
      autoReplyReason: "out_of_office",
      at: "2025-03-06T10:00:00.000Z",
      summary: "Out of office",
    });
    const state = applyEngagements(createTrackingState(), [reply, ooo]);
    expect(state.status).toBe("replied");
    expect(state.recipients).toStrictEqual([{ address: "ann@example.com", status: "replied" }]);
    expect(state.events).toStrictEqual([reply, ooo]);
  });

  it("counts an event with no known recipient towards the overall status only", () => {
    const withoutRecipient: EngagementEvent = {
      key: "<reply-2@example.com>",
      kind: "human_reply",
      at: "2025-03-05T10:00:00.000Z",
      summary: "Replied",
    };
    const state = applyEngagement(createTrackingState(), withoutRecipient);
    expect(state).toStrictEqual({
      ...createTrackingState(),
      status: "replied",
      events: [withoutRecipient],
      unseenKeys: [withoutRecipient.key],
    });
  });

  it("does not re-add a replayed event from before the trimmed point", () => {
    const trimmed: TrackingState = {
      ...createTrackingState(),
      status: "bounced",
      recipients: [{ address: "bob@example.com", status: "bounced" }],
      trimmedThrough: "2025-03-04T08:00:00.000Z",
    };
    expect(applyEngagement(trimmed, bounceForBob)).toBe(trimmed);
  });

  it("still lets a late reply from before the trimmed point change the status", () => {
    const trimmed: TrackingState = {
      ...createTrackingState(),
      trimmedThrough: "2025-03-31T00:00:00.000Z",
    };
    expect(applyEngagement(trimmed, reply)).toStrictEqual({
      ...trimmed,
      status: "replied",
      recipients: [{ address: "ann@example.com", status: "replied" }],
    });
  });
});
