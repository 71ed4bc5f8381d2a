// parse-eml on small raw messages; add a row with the raw text and the whole InboundMessage expected.
import { parseEml, parseEmlFallback } from "./parse-eml";

const report = [
  "From: Mail Delivery System <MAILER-DAEMON@mx.example>",
  "To: me@contoso.com",
  "Subject: Undelivered Mail Returned to Sender",
  "Message-ID: <bounce-1@mx.example>",
  "Date: Tue, 04 Mar 2025 10:15:00 +0000",
  "Return-Path: <>",
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
  "",
  "--b",
  "Content-Type: text/plain",
  "",
  "Your message could not be delivered.",
  "--b",
  "Content-Type: message/delivery-status",
  "",
  "Final-Recipient: rfc822; bob@fabrikam.com",
  "Action: failed",
  "Status: 5.1.1",
  "",
  "--b--",
  "",
].join("\r\n");

describe("parseEml", () => {
  it("maps a multipart/report to Graph's shape with the delivery-status part as an attachment", async () => {
    expect(await parseEml(Buffer.from(report))).toStrictEqual({
      internetMessageId: "<bounce-1@mx.example>",
      receivedDateTime: "2025-03-04T10:15:00.000Z",
      internetMessageHeaders: [
        { name: "From", value: "Mail Delivery System <MAILER-DAEMON@mx.example>" },
        { name: "To", value: "me@contoso.com" },
        { name: "Subject", value: "Undelivered Mail Returned to Sender" },
        { name: "Message-ID", value: "<bounce-1@mx.example>" },
        { name: "Date", value: "Tue, 04 Mar 2025 10:15:00 +0000" },
        { name: "Return-Path", value: "<>" },
        {
          name: "Content-Type",
          value: 'multipart/report; report-type=delivery-status; boundary="b"',
        },
      ],
      from: { name: "Mail Delivery System", address: "MAILER-DAEMON@mx.example" },
      sender: { name: "Mail Delivery System", address: "MAILER-DAEMON@mx.example" },
      toRecipients: [{ name: "", address: "me@contoso.com" }],
      subject: "Undelivered Mail Returned to Sender",
      body: { contentType: "text", content: "Your message could not be delivered." },
      hasAttachments: true,
      attachments: [
        {
          contentType: "message/delivery-status",
          content:
            "Final-Recipient: rfc822; bob@fabrikam.com\r\nAction: failed\r\nStatus: 5.1.1\r\n",
        },
      ],
    });
  });

  it("falls back to a hand header split, unfolding continuation lines", () => {
    expect(
      parseEmlFallback('Subject: Hello\r\n world\r\nFrom: "Ann" <ann@example.com>\r\n\r\nBody'),
    ).toStrictEqual({
      internetMessageHeaders: [
        { name: "Subject", value: "Hello world" },
        { name: "From", value: '"Ann" <ann@example.com>' },
      ],
      from: { name: "Ann", address: "ann@example.com" },
      subject: "Hello world",
      body: { contentType: "text", content: "Body" },
      hasAttachments: false,
      attachments: [],
    });
  });

  it("never rejects on bytes that are not MIME at all", async () => {
    const parsed = await parseEml(Buffer.from([0xff, 0xfe, 0x00, 0x1b, 0x24, 0x42]));
    expect(parsed.subject).toStrictEqual("");
  });
});
