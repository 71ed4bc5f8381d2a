// The demo answers as pure data: who answers, and the exact message each kind of answer is.
import { buildDemoAnswer, demoResponders, findDemoResponder } from "./demo-responders";
import type { DeliveredMessage } from "./demo-responders";

const sent: DeliveredMessage = {
  subject: "Cutting onboarding time",
  internetMessageId: "<SENT1@MW4PR11MB5872.namprd11.prod.outlook.com>",
  conversationId: "AAQkAGRmZTQ5QAAQconv",
  sentAt: "2025-03-12T17:00:00.000Z",
  text: "Hi, worth a call?",
};
const at = new Date("2025-03-12T17:00:05.000Z");

function answerOf(address: string) {
  const responder = findDemoResponder(address);
  if (!responder) throw new Error(`no responder for ${address}`);
  return buildDemoAnswer(responder, { sent, at, internetMessageId: "<ANSWER1@example.com>" });
}

const threadHeaders = (from: string, subject: string) => [
  {
    name: "Received",
    value: `from ${from.split("<")[1]?.split("@")[1]?.replace(">", "") ?? ""} by contoso.mail.protection.outlook.com; Wed, 12 Mar 2025 17:00:05 GMT`,
  },
  { name: "From", value: from },
  { name: "To", value: "Alex Wilber <alex.wilber@contoso.com>" },
  { name: "Subject", value: subject },
  { name: "Thread-Topic", value: "Cutting onboarding time" },
  { name: "Date", value: "Wed, 12 Mar 2025 17:00:05 GMT" },
  { name: "Message-ID", value: "<ANSWER1@example.com>" },
  { name: "In-Reply-To", value: "<SENT1@MW4PR11MB5872.namprd11.prod.outlook.com>" },
  { name: "References", value: "<SENT1@MW4PR11MB5872.namprd11.prod.outlook.com>" },
  { name: "MIME-Version", value: "1.0" },
];

const common = {
  toRecipients: [{ emailAddress: { name: "Alex Wilber", address: "alex.wilber@contoso.com" } }],
  internetMessageId: "<ANSWER1@example.com>",
  sentDateTime: "2025-03-12T17:00:05.000Z",
  receivedDateTime: "2025-03-12T17:00:05.000Z",
  isRead: false,
  conversationId: "AAQkAGRmZTQ5QAAQconv",
};

describe("demo responders", () => {
  it("finds a responder whatever the address's case, and nobody for a silent address", () => {
    expect([
      findDemoResponder(" KENJI.Watanabe@fabrikam.com ")?.kind,
      findDemoResponder("lee.gu@fabrikam.com"),
    ]).toStrictEqual(["human_reply", undefined]);
    expect(demoResponders.map((responder) => responder.kind)).toStrictEqual([
      "human_reply",
      "out_of_office",
      "bounce",
      "human_reply",
    ]);
  });

  it("writes Priya's out-of-office as Exchange does: Automatic reply, Auto-Submitted, X-Auto-Response-Suppress", () => {
    const text =
      "I am out of the office until Monday, March 17 with limited access to email. For urgent matters, please contact logistics@fabrikam.com.";
    expect(answerOf("priya.raman@fabrikam.com")).toStrictEqual({
      folder: "inbox",
      message: {
        subject: "Automatic reply: Cutting onboarding time",
        body: { contentType: "text", content: text },
        uniqueBody: { contentType: "text", content: text },
        internetMessageHeaders: [
          ...threadHeaders(
            "Priya Raman <priya.raman@fabrikam.com>",
            "Automatic reply: Cutting onboarding time",
          ),
          { name: "Content-Type", value: 'text/plain; charset="utf-8"' },
          { name: "Auto-Submitted", value: "auto-replied" },
          { name: "X-Auto-Response-Suppress", value: "All" },
          { name: "X-MS-Exchange-Inbox-Rules-Loop", value: "priya.raman@fabrikam.com" },
        ],
        singleValueExtendedProperties: [
          { id: "String 0x001A", value: "IPM.Note.Rules.OofTemplate.Microsoft" },
        ],
        from: { emailAddress: { name: "Priya Raman", address: "priya.raman@fabrikam.com" } },
        sender: { emailAddress: { name: "Priya Raman", address: "priya.raman@fabrikam.com" } },
        ...common,
      },
    });
  });

  it("quotes the sent message under Kenji's reply and keeps his own text as the unique body", () => {
    const { message } = answerOf("kenji.watanabe@fabrikam.com");
    const own = findDemoResponder("kenji.watanabe@fabrikam.com")?.text ?? "";
    expect([message.subject, message.uniqueBody, message.body]).toStrictEqual([
      "RE: Cutting onboarding time",
      { contentType: "text", content: own },
      {
        contentType: "text",
        content: `${own}\n\n________________________________\nFrom: Alex Wilber <alex.wilber@contoso.com>\nSent: Wednesday, March 12, 2025 5:00 PM\nTo: Kenji Watanabe <kenji.watanabe@fabrikam.com>\nSubject: Cutting onboarding time\n\nHi, worth a call?`,
      },
    ]);
  });

  it("bounces the departed contact with an NDR from the postmaster that names the original Message-ID", () => {
    const { folder, message } = answerOf("d.okafor@adatum.com");
    const headers = message.internetMessageHeaders as Array<{ name: string; value: string }>;
    expect({
      folder,
      subject: message.subject,
      from: message.from,
      hasAttachments: message.hasAttachments,
      reportHeaders: headers.slice(-4),
      namesOriginal: String((message.body as { content: string }).content).includes(
        "Message-ID: <SENT1@MW4PR11MB5872.namprd11.prod.outlook.com>",
      ),
      messageClass: message.singleValueExtendedProperties,
    }).toStrictEqual({
      folder: "inbox",
      subject: "Undeliverable: Cutting onboarding time",
      from: {
        emailAddress: { name: "Mail Delivery Subsystem", address: "postmaster@contoso.com" },
      },
      hasAttachments: true,
      reportHeaders: [
        {
          name: "Content-Type",
          value: 'multipart/report; report-type=delivery-status; boundary="ndr-part"',
        },
        { name: "Auto-Submitted", value: "auto-replied" },
        { name: "Return-Path", value: "<>" },
        { name: "X-MS-Exchange-Message-Is-Ndr", value: "" },
      ],
      namesOriginal: true,
      messageClass: [{ id: "String 0x001A", value: "REPORT.IPM.Note.NDR" }],
    });
  });
});
