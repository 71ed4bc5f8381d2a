// Matching inbound mail to tracked mail, run through the real classifier as the refresh does.
// To add a case: build the inbound message with buildInboundMessage (replies/__fixtures__) and
// assert the whole match: which tracked message, which recipients, and which rule found it.
import {
  buildDeliveryStatus,
  buildInboundMessage,
  headers,
} from "../replies/__fixtures__/build-inbound-message";
import { classifyReply } from "../replies/classify-reply";
import { toConversationId, type InboundMessage } from "../replies/inbound-message";
import { buildTrackedMessage } from "./__fixtures__/build-tracking";
import { buildTrackingIndex, matchInbound, readTrackedRecipients } from "./match-inbound";

const toAnn = buildTrackedMessage();
const toBobAndCarol = buildTrackedMessage({
  id: "sent-2",
  conversationId: "conv-2",
  internetMessageId: "<t2@contoso.com>",
  sentDateTime: "2025-03-03T09:00:00.000Z",
  to: [{ address: "Bob@Fabrikam.com", name: "Bob" }],
  cc: [{ address: "carol@fabrikam.com" }],
});
const followUpToBobAndCarol = buildTrackedMessage({
  ...toBobAndCarol,
  id: "sent-3",
  internetMessageId: "<t3@contoso.com>",
  sentDateTime: "2025-03-10T09:00:00.000Z",
});
const index = buildTrackingIndex([toAnn, toBobAndCarol, followUpToBobAndCarol]);
const rep = ["me@contoso.com"];

function match(message: InboundMessage) {
  return matchInbound({ index, message, verdict: classifyReply(message), repAddresses: rep });
}

const fromCarol = { name: "Carol", address: "carol@fabrikam.com" };

describe("matchInbound", () => {
  it("matches a reply by In-Reply-To and attributes it to its sender", () => {
    const message = buildInboundMessage({
      from: fromCarol,
      sender: fromCarol,
      internetMessageHeaders: headers("In-Reply-To: <T2@contoso.com>"),
    });
    expect(match(message)).toStrictEqual({
      tracked: toBobAndCarol,
      recipients: ["carol@fabrikam.com"],
      via: "in_reply_to",
    });
  });

  it("matches by the newest tracked id in References when In-Reply-To names another message", () => {
    const message = buildInboundMessage({
      from: fromCarol,
      internetMessageHeaders: headers(
        "In-Reply-To: <prospect-note@fabrikam.com>",
        "References: <t2@contoso.com> <prospect-note@fabrikam.com>\r\n <t3@contoso.com>",
      ),
    });
    expect(match(message)).toStrictEqual({
      tracked: followUpToBobAndCarol,
      recipients: ["carol@fabrikam.com"],
      via: "references",
    });
  });

  it("matches a bounce by the original Message-ID alone and blames the failed recipients", () => {
    const bounce = buildInboundMessage({
      internetMessageId: undefined,
      conversationId: undefined,
      from: { name: "Mail Delivery System", address: "mailer-daemon@fabrikam.com" },
      sender: undefined,
      subject: "Undelivered Mail Returned to Sender",
      internetMessageHeaders: headers(
        "Content-Type: multipart/report; report-type=delivery-status; boundary=x",
        "Return-Path: <>",
      ),
      attachments: [
        {
          contentType: "message/delivery-status",
          content: buildDeliveryStatus([
            ["carol@fabrikam.com", "5.1.1", "failed"],
            ["bob@fabrikam.com", "5.2.2", "failed"],
          ]),
        },
        {
          contentType: "message/rfc822",
          content: "Message-ID: <t2@contoso.com>\nSubject: Hi\n\nHi",
        },
      ],
    });
    expect(match(bounce)).toStrictEqual({
      tracked: toBobAndCarol,
      recipients: ["carol@fabrikam.com", "bob@fabrikam.com"],
      via: "bounce_original",
    });
  });

  it.each([
    { receivedDateTime: "2025-03-05T10:00:00Z", expected: toBobAndCarol },
    { receivedDateTime: "2025-03-11T10:00:00Z", expected: followUpToBobAndCarol },
  ])(
    "falls back to the conversation: at $receivedDateTime the tracked mail sent last before it",
    ({ receivedDateTime, expected }) => {
      const message = buildInboundMessage({
        from: fromCarol,
        conversationId: toConversationId("conv-2"),
        receivedDateTime,
      });
      expect(match(message)).toStrictEqual({
        tracked: expected,
        recipients: ["carol@fabrikam.com"],
        via: "conversation",
      });
    },
  );

  it("attributes a reply from someone not addressed to the only recipient of single-recipient mail", () => {
    const message = buildInboundMessage({
      from: { address: "ann.lee@alias.example.com" },
      conversationId: toConversationId("conv-1"),
    });
    expect(match(message)).toStrictEqual({
      tracked: toAnn,
      recipients: ["ann@example.com"],
      via: "conversation",
    });
  });

  it("attributes a reply from someone not addressed on multi-recipient mail to no one", () => {
    const message = buildInboundMessage({
      from: { address: "dave@fabrikam.com" },
      internetMessageHeaders: headers("In-Reply-To: <t2@contoso.com>"),
    });
    expect(match(message)).toStrictEqual({
      tracked: toBobAndCarol,
      recipients: [],
      via: "in_reply_to",
    });
  });

  it("never counts the rep's own mail in the thread as engagement", () => {
    const message = buildInboundMessage({
      from: { address: "ME@contoso.com" },
      internetMessageHeaders: headers("In-Reply-To: <t1@contoso.com>"),
      conversationId: toConversationId("conv-1"),
    });
    expect(match(message)).toBeUndefined();
  });

  it("finds nothing for mail outside tracked threads", () => {
    const message = buildInboundMessage({
      internetMessageHeaders: headers("In-Reply-To: <other@example.com>"),
      conversationId: toConversationId("conv-unknown"),
    });
    expect(match(message)).toBeUndefined();
  });

  it("survives hostile headers and fields without throwing", () => {
    const message = JSON.parse(
      JSON.stringify({
        from: null,
        sender: { address: 42 },
        conversationId: { evil: true },
        internetMessageHeaders: [
          null,
          { name: "References", value: `${"<x@y> ".repeat(200_000)}<t1@contoso.com>` },
        ],
      }),
    ) as InboundMessage;
    expect(match(message)).toStrictEqual({
      tracked: toAnn,
      recipients: ["ann@example.com"],
      via: "references",
    });
  });
});

describe("readTrackedRecipients", () => {
  it("lower-cases To and Cc and drops duplicates and junk", () => {
    const message = buildTrackedMessage({
      to: [{ address: "Bob@Fabrikam.com" }, { address: "not-an-address" }],
      cc: [{ address: "bob@fabrikam.com" }, { address: "carol@fabrikam.com" }],
    });
    expect(readTrackedRecipients(message)).toStrictEqual([
      "bob@fabrikam.com",
      "carol@fabrikam.com",
    ]);
  });
});
