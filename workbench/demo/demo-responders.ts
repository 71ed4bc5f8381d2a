// Demo prospects who answer: which address answers how, and the answer each one sends, as a pure function of what was sent.
import { colleagues, departedContact, prospects, rep, toRecipient } from "./demo-people";
import type { DemoPerson } from "./demo-people";
import type { JsonObject } from "../graph/graph-types";

export const DemoAnswerKind = {
  humanReply: "human_reply",
  outOfOffice: "out_of_office",
  bounce: "bounce",
} as const;
export type DemoAnswerKind = (typeof DemoAnswerKind)[keyof typeof DemoAnswerKind];

export interface DemoResponder {
  readonly person: DemoPerson;
  readonly kind: DemoAnswerKind;
  /** Where the answer lands: a junk filter sometimes takes a real reply. */
  readonly folder: "inbox" | "junkemail";
  /** What a human writes back (human replies only). */
  readonly text?: string;
}

/** Everyone who answers mail in the workbench; other addresses stay silent. */
export const demoResponders: readonly DemoResponder[] = [
  {
    person: prospects.kenji,
    kind: DemoAnswerKind.humanReply,
    folder: "inbox",
    text: "Hi Alex,\n\nThanks for reaching out, the timing is good: we are planning next quarter right now. Could we talk Thursday at 10am PT or Friday at 2pm PT?\n\nBest,\nKenji",
  },
  { person: prospects.priya, kind: DemoAnswerKind.outOfOffice, folder: "inbox" },
  { person: departedContact, kind: DemoAnswerKind.bounce, folder: "inbox" },
  {
    person: prospects.sofia,
    kind: DemoAnswerKind.humanReply,
    folder: "junkemail",
    text: "Hi Alex,\n\nThe tiers look reasonable. Can you send the contract terms for the 300-seat option? Our procurement team meets on Monday.\n\nThanks,\nSofia",
  },
];

/** The responder for `address` (case-insensitive), e.g. "KENJI.WATANABE@fabrikam.com" gives Kenji. */
export function findDemoResponder(address: string): DemoResponder | undefined {
  const wanted = address.trim().toLowerCase();
  return demoResponders.find((responder) => responder.person.address.toLowerCase() === wanted);
}

/** What the fake mailbox knows of the delivered message an answer refers to. */
export interface DeliveredMessage {
  readonly subject: string;
  /** The Message-ID the recipient saw, e.g. `<ABC@MW4PR11MB5872.namprd11.prod.outlook.com>`. */
  readonly internetMessageId: string;
  readonly conversationId?: string;
  /** ISO-8601 UTC. */
  readonly sentAt: string;
  /** Its text, for the quote under a reply. */
  readonly text: string;
}

/** PidTagMessageClass ([MS-OXPROPS] 0x001A) as a Graph extended-property id. */
export const messageClassPropertyId = "String 0x001A";

const weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const months = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** e.g. "Monday, March 17" (UTC); spelled out by hand because ICU's wording varies between Node builds. */
function formatDay(date: Date): string {
  return `${weekdays[date.getUTCDay()] ?? ""}, ${months[date.getUTCMonth()] ?? ""} ${date.getUTCDate()}`;
}

/** Outlook's quote header time, e.g. "Wednesday, March 12, 2025 5:00 PM" (UTC). */
function formatSentLine(date: Date): string {
  const hours = date.getUTCHours();
  const minutes = String(date.getUTCMinutes()).padStart(2, "0");
  const clock = `${hours % 12 === 0 ? 12 : hours % 12}:${minutes} ${hours < 12 ? "AM" : "PM"}`;
  return `${formatDay(date)}, ${date.getUTCFullYear()} ${clock}`;
}

const header = (name: string, value: string): JsonObject => ({ name, value });
const withoutPrefixes = (subject: string): string =>
  subject.replace(/^(?:(?:re|fw|fwd|automatic reply|undeliverable)\s*:\s*)+/i, "");

function threadHeaders(options: {
  from: DemoPerson;
  subject: string;
  at: Date;
  internetMessageId: string;
  sent: DeliveredMessage;
}): JsonObject[] {
  const domain = options.from.address.split("@")[1] ?? "";
  return [
    header(
      "Received",
      `from ${domain} by contoso.mail.protection.outlook.com; ${options.at.toUTCString()}`,
    ),
    header("From", `${options.from.name} <${options.from.address}>`),
    header("To", `${rep.name} <${rep.address}>`),
    header("Subject", options.subject),
    header("Thread-Topic", withoutPrefixes(options.sent.subject)),
    header("Date", options.at.toUTCString()),
    header("Message-ID", options.internetMessageId),
    header("In-Reply-To", options.sent.internetMessageId),
    header("References", options.sent.internetMessageId),
    header("MIME-Version", "1.0"),
  ];
}

function quoteOf(responder: DemoResponder, sent: DeliveredMessage): string {
  return [
    "________________________________",
    `From: ${rep.name} <${rep.address}>`,
    `Sent: ${formatSentLine(new Date(sent.sentAt))}`,
    `To: ${responder.person.name} <${responder.person.address}>`,
    `Subject: ${sent.subject}`,
    "",
    sent.text,
  ].join("\n");
}

function buildHumanReply(responder: DemoResponder, options: AnswerOptions): JsonObject {
  const subject = `RE: ${withoutPrefixes(options.sent.subject)}`;
  const text = responder.text ?? "Thanks, Alex.";
  return {
    subject,
    body: { contentType: "text", content: `${text}\n\n${quoteOf(responder, options.sent)}` },
    uniqueBody: { contentType: "text", content: text },
    internetMessageHeaders: [
      ...threadHeaders({ ...options, from: responder.person, subject }),
      header("Content-Type", 'text/plain; charset="utf-8"'),
    ],
    singleValueExtendedProperties: [{ id: messageClassPropertyId, value: "IPM.Note" }],
  };
}

/** Exchange's OOF: `Automatic reply:` subject, Auto-Submitted and X-Auto-Response-Suppress (RFC 3834, MS-OXCMAIL). */
function buildOutOfOffice(responder: DemoResponder, options: AnswerOptions): JsonObject {
  const subject = `Automatic reply: ${options.sent.subject}`;
  const back = formatDay(new Date(options.at.getTime() + 5 * 24 * 3_600_000));
  const text = `I am out of the office until ${back} with limited access to email. For urgent matters, please contact logistics@fabrikam.com.`;
  return {
    subject,
    body: { contentType: "text", content: text },
    uniqueBody: { contentType: "text", content: text },
    internetMessageHeaders: [
      ...threadHeaders({ ...options, from: responder.person, subject }),
      header("Content-Type", 'text/plain; charset="utf-8"'),
      header("Auto-Submitted", "auto-replied"),
      header("X-Auto-Response-Suppress", "All"),
      header("X-MS-Exchange-Inbox-Rules-Loop", responder.person.address),
    ],
    singleValueExtendedProperties: [
      { id: messageClassPropertyId, value: "IPM.Note.Rules.OofTemplate.Microsoft" },
    ],
  };
}

/** An Exchange Online NDR: multipart/report delivery-status, null Return-Path, the original's headers in the text. */
function buildBounce(responder: DemoResponder, options: AnswerOptions): JsonObject {
  const subject = `Undeliverable: ${options.sent.subject}`;
  const failed = responder.person.address;
  const [localPart = "", domain = ""] = failed.split("@");
  const text = [
    `Your message to ${failed} couldn't be delivered.`,
    "",
    `${localPart} wasn't found at ${domain}.`,
    "",
    "Action Required: Unknown To address",
    "",
    "How to Fix It",
    "The address may be misspelled or may not exist. Retype the recipient's address, then resend the message.",
    "",
    "Diagnostic information for administrators:",
    "",
    "Generating server: MW4PR11MB5872.namprd11.prod.outlook.com",
    "",
    failed,
    "Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
    "",
    "Original message headers:",
    "",
    `Message-ID: ${options.sent.internetMessageId}`,
    `Subject: ${options.sent.subject}`,
    `From: ${rep.name} <${rep.address}>`,
    `To: ${failed}`,
    `Date: ${new Date(options.sent.sentAt).toUTCString()}`,
  ].join("\n");
  return {
    subject,
    body: { contentType: "text", content: text },
    hasAttachments: true,
    internetMessageHeaders: [
      ...threadHeaders({ ...options, from: colleagues.postmaster, subject }),
      header("Content-Type", 'multipart/report; report-type=delivery-status; boundary="ndr-part"'),
      header("Auto-Submitted", "auto-replied"),
      header("Return-Path", "<>"),
      header("X-MS-Exchange-Message-Is-Ndr", ""),
    ],
    singleValueExtendedProperties: [{ id: messageClassPropertyId, value: "REPORT.IPM.Note.NDR" }],
  };
}

interface AnswerOptions {
  readonly sent: DeliveredMessage;
  readonly at: Date;
  readonly internetMessageId: string;
}

/**
 * The answer `responder` sends to a message delivered to them, threaded to it (same conversationId,
 * In-Reply-To/References = its Message-ID), as a Graph message for the fake mailbox, e.g. Priya's is
 * "Automatic reply: Intro" with `Auto-Submitted: auto-replied`; the departed contact's is an NDR.
 */
export function buildDemoAnswer(
  responder: DemoResponder,
  options: AnswerOptions,
): { folder: DemoResponder["folder"]; message: JsonObject } {
  const builders = {
    [DemoAnswerKind.humanReply]: buildHumanReply,
    [DemoAnswerKind.outOfOffice]: buildOutOfOffice,
    [DemoAnswerKind.bounce]: buildBounce,
  };
  const sender =
    responder.kind === DemoAnswerKind.bounce ? colleagues.postmaster : responder.person;
  const message: JsonObject = {
    ...builders[responder.kind](responder, options),
    from: toRecipient(sender),
    sender: toRecipient(sender),
    toRecipients: [toRecipient(rep)],
    internetMessageId: options.internetMessageId,
    sentDateTime: options.at.toISOString(),
    receivedDateTime: options.at.toISOString(),
    isRead: false,
    ...(options.sent.conversationId === undefined
      ? {}
      : { conversationId: options.sent.conversationId }),
  };
  return { folder: responder.folder, message };
}
