// The refresh's core pipeline end to end: classify → match → events → apply, on realistic and hostile mail.
import {
  buildDeliveryStatus,
  buildInboundMessage,
  headers,
} from "../replies/__fixtures__/build-inbound-message";
import { classifyReply } from "../replies/classify-reply";
import { toInternetMessageId, type InboundMessage } from "../replies/inbound-message";
import { buildTrackedMessage } from "./__fixtures__/build-tracking";
import { applyEngagements } from "./apply-engagement";
import { createEngagementEvents } from "./engagement-event";
import { buildTrackingIndex, matchInbound } from "./match-inbound";
import { createTrackingState, type TrackingState } from "./tracking-state";

const tracked = buildTrackedMessage({
  to: [{ address: "ann@example.com" }, { address: "bob@example.com" }],
});
const index = buildTrackingIndex([tracked]);

function process(state: TrackingState, message: InboundMessage & { id?: string }): TrackingState {
  const verdict = classifyReply(message);
  const found = matchInbound({ index, message, verdict, repAddresses: ["me@contoso.com"] });
  if (found === undefined) return state;
  return applyEngagements(
    state,
    createEngagementEvents({ message, verdict, recipients: found.recipients }),
  );
}

const quotingReply = {
  ...buildInboundMessage({
    internetMessageHeaders: headers("In-Reply-To: <t1@contoso.com>"),
    subject: "RE: Out of Office: Proposal",
    body: {
      contentType: "html",
      content:
        "<p>Back now, let us talk Tuesday.</p><div>-----Original Message-----<br>From: Ann<br>Subject: Out of Office<br>I am out of the office until Monday.</div>",
    },
  }),
  id: "in-7",
};

describe("the engagement pipeline", () => {
  it("keeps a reply that quotes an out-of-office notice a reply", () => {
    expect(process(createTrackingState(), quotingReply)).toStrictEqual({
      ...createTrackingState(),
      status: "replied",
      recipients: [{ address: "ann@example.com", status: "replied" }],
      events: [
        {
          key: "<reply-1@example.com>",
          kind: "human_reply",
          at: "2025-03-04T10:15:00.000Z",
          recipient: "ann@example.com",
          summary: "Replied",
          inboundMessageId: "in-7",
        },
      ],
      unseenKeys: ["<reply-1@example.com>"],
    });
  });

  it("changes nothing when the same reply comes round again (a delta replay)", () => {
    const once = process(createTrackingState(), quotingReply);
    expect(process(once, { ...quotingReply })).toBe(once);
  });

  it("makes one event per failed recipient of a bounce, keyed apart, with plain-text reasons", () => {
    const bounce = buildInboundMessage({
      internetMessageId: toInternetMessageId("<ndr-9@example.com>"),
      from: { name: "<img src=x onerror=alert(1)>", address: "mailer-daemon@example.com" },
      subject: "<script>alert(1)</script>",
      internetMessageHeaders: headers(
        "Content-Type: multipart/report; report-type=delivery-status; boundary=x",
        "Return-Path: <>",
      ),
      attachments: [
        {
          contentType: "message/delivery-status",
          content: `Reporting-MTA: dns; mx.example.com\n\nFinal-Recipient: rfc822; bob@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 <script>alert(1)</script>\u0007${"x".repeat(400)}\n\n${buildDeliveryStatus([["ann@example.com", "5.2.2", "failed"]]).split("\n\n")[1] ?? ""}`,
        },
        { contentType: "message/rfc822", content: "Message-ID: <t1@contoso.com>\n\nHi" },
      ],
    });
    const state = process(createTrackingState(), bounce);
    expect(state.recipients).toStrictEqual([
      { address: "bob@example.com", status: "bounced" },
      { address: "ann@example.com", status: "bounced" },
    ]);
    expect(state.events.map((event) => [event.key, event.recipient])).toStrictEqual([
      ["<ndr-9@example.com>#bob@example.com", "bob@example.com"],
      ["<ndr-9@example.com>#ann@example.com", "ann@example.com"],
    ]);
    const [summary] = state.events.map((event) => event.summary);
    expect(summary).toHaveLength(200);
    expect(summary?.startsWith("Bounced (5.1.1): smtp; 550 <script>alert(1)</script> xxx")).toBe(
      true,
    );
    expect(summary?.endsWith("x…")).toBe(true);
  });

  it("takes a 1 MB subject and control characters in a reply without keeping any of them", () => {
    const hostile = buildInboundMessage({
      internetMessageHeaders: headers("In-Reply-To: <t1@contoso.com>"),
      subject: `Re: ${"\u0000\u202e".repeat(512 * 1024)}`,
      from: { name: "\u0007Bob\u0000", address: "bob@example.com" },
    });
    expect(process(createTrackingState(), hostile).events).toStrictEqual([
      {
        key: "<reply-1@example.com>",
        kind: "human_reply",
        at: "2025-03-04T10:15:00.000Z",
        recipient: "bob@example.com",
        summary: "Replied",
      },
    ]);
  });
});
