// Engagement events: the timeline text of every verdict, and events from messages with missing fields.
import { buildInboundMessage } from "../replies/__fixtures__/build-inbound-message";
import {
  createEngagementEvent,
  createEngagementEvents,
  summarizeVerdict,
} from "./engagement-event";
import type { ReplyVerdict } from "../replies/reply-verdict";

describe("summarizeVerdict", () => {
  it.each<{ verdict: ReplyVerdict; expected: string }>([
    { verdict: { kind: "human_reply" }, expected: "Replied" },
    { verdict: { kind: "auto_reply", reason: "out_of_office" }, expected: "Out of office" },
    { verdict: { kind: "auto_reply", reason: "vacation" }, expected: "Vacation reply" },
    {
      verdict: { kind: "auto_reply", reason: "auto_acknowledgement" },
      expected: "Automatic acknowledgement",
    },
    {
      verdict: { kind: "auto_reply", reason: "challenge_response" },
      expected: "Sender verification request",
    },
    { verdict: { kind: "auto_reply", reason: "other" }, expected: "Automatic reply" },
    {
      verdict: { kind: "bounce", severity: "hard", failedRecipients: [], reason: "" },
      expected: "Bounced",
    },
    {
      verdict: {
        kind: "bounce",
        severity: "soft",
        failedRecipients: [],
        statusCode: "4.2.2",
        reason: "mailbox\u0000full",
      },
      expected: "Delivery delayed (4.2.2): mailbox full",
    },
    { verdict: { kind: "read_receipt" }, expected: "Read receipt" },
    { verdict: { kind: "delivery_report" }, expected: "Delivered" },
    { verdict: { kind: "unsubscribe_request" }, expected: "Asked to unsubscribe" },
    { verdict: { kind: "feedback_report" }, expected: "Marked as spam" },
  ])("says $expected", ({ verdict, expected }) => {
    expect(summarizeVerdict(verdict)).toBe(expected);
  });
});

describe("createEngagementEvent", () => {
  it("keys the event by the Graph id when the message has no Message-ID", () => {
    const message = { ...buildInboundMessage({ internetMessageId: undefined }), id: "AAMk-1" };
    expect(createEngagementEvent({ message, verdict: { kind: "read_receipt" } })).toStrictEqual({
      key: "AAMk-1",
      kind: "read_receipt",
      at: "2025-03-04T10:15:00.000Z",
      summary: "Read receipt",
      inboundMessageId: "AAMk-1",
    });
  });

  it.each([
    { name: "neither a Message-ID nor an id", overrides: { internetMessageId: undefined } },
    { name: "no received time", overrides: { receivedDateTime: "not a time" } },
  ])("makes no event from a message with $name", ({ overrides }) => {
    const message = buildInboundMessage(overrides);
    expect(createEngagementEvent({ message, verdict: { kind: "human_reply" } })).toBeUndefined();
    expect(
      createEngagementEvents({ message, verdict: { kind: "human_reply" }, recipients: ["a@b.c"] }),
    ).toStrictEqual([]);
  });
});
