// Parses raw .eml bytes into the InboundMessage shape the Graph adapter produces, for the CLI and corpus runs.
import {
  simpleParser,
  type AddressObject,
  type Attachment,
  type ParsedMail,
  type SimpleParserOptions,
} from "mailparser";
import {
  toInternetMessageId,
  type EmailAddress,
  type InboundAttachment,
  type InboundMessage,
  type MessageHeader,
} from "../../core/replies/inbound-message";

/** Parts whose text Graph-side code can read (report parts); other attachments keep metadata only. */
const TEXT_PART_TYPES = new Set([
  "message/delivery-status",
  "message/global-delivery-status",
  "message/rfc822",
  "message/global",
  "text/rfc822-headers",
  "message/global-headers",
  "message/disposition-notification",
  "message/feedback-report",
]);

/** Part content beyond this is irrelevant to classification and only costs memory. */
const MAX_PART_CHARS = 256 * 1024;

// keepDeliveryStatus makes message/delivery-status an attachment, as Graph surfaces it, instead of
// mailparser's default of appending it to the text body. It is missing from @types/mailparser.
const PARSER_OPTIONS: SimpleParserOptions & { keepDeliveryStatus: boolean } = {
  keepDeliveryStatus: true,
  skipImageLinks: true,
  skipTextToHtml: true,
};

/** Splits raw header lines into ordered name/value pairs, unfolding continuation lines. */
export function splitHeaderBlock(block: string): MessageHeader[] {
  const headers: MessageHeader[] = [];
  for (const line of block.replace(/\r\n?/g, "\n").split("\n")) {
    const last = headers[headers.length - 1];
    if (/^[ \t]/.test(line) && last !== undefined) {
      headers[headers.length - 1] = {
        name: last.name,
        value: `${last.value} ${line.trim()}`.trim(),
      };
      continue;
    }
    const colon = line.indexOf(":");
    if (colon > 0)
      headers.push({ name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
  }
  return headers;
}

function toEmailAddress(
  field: AddressObject | AddressObject[] | undefined,
): EmailAddress | undefined {
  const first = (Array.isArray(field) ? field[0] : field)?.value[0];
  if (first === undefined) return undefined;
  return { name: first.name, ...(first.address === undefined ? {} : { address: first.address }) };
}

function toEmailAddresses(field: AddressObject | AddressObject[] | undefined): EmailAddress[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects.flatMap((object) =>
    object.value.map((entry) => ({
      name: entry.name,
      ...(entry.address === undefined ? {} : { address: entry.address }),
    })),
  );
}

function toInboundAttachment(attachment: Attachment): InboundAttachment {
  const contentType = attachment.contentType.toLowerCase();
  const isTextPart = TEXT_PART_TYPES.has(contentType);
  return {
    ...(attachment.filename === undefined ? {} : { name: attachment.filename }),
    contentType,
    ...(isTextPart
      ? { content: attachment.content.toString("utf8").slice(0, MAX_PART_CHARS) }
      : {}),
  };
}

/** Maps mailparser's result to the Graph-shaped message; a pure function of `parsed`. */
export function mapParsedMail(parsed: ParsedMail): InboundMessage {
  const headers = parsed.headerLines.flatMap((entry) => splitHeaderBlock(entry.line));
  const text = typeof parsed.text === "string" ? parsed.text : "";
  const html = typeof parsed.html === "string" ? parsed.html : "";
  const from = toEmailAddress(parsed.from);
  const attachments = parsed.attachments.map(toInboundAttachment);
  // Graph returns HTML unless asked for text (Prefer: outlook.body-content-type="text"); the Graph
  // adapter asks for text, so text wins here too when the message has any.
  const body =
    text !== "" || html === ""
      ? { contentType: "text" as const, content: text }
      : { contentType: "html" as const, content: html };
  return {
    ...(parsed.messageId === undefined
      ? {}
      : { internetMessageId: toInternetMessageId(parsed.messageId) }),
    ...(parsed.date === undefined ? {} : { receivedDateTime: parsed.date.toISOString() }),
    internetMessageHeaders: headers,
    ...(from === undefined ? {} : { from, sender: from }),
    toRecipients: toEmailAddresses(parsed.to),
    subject: parsed.subject ?? "",
    body,
    hasAttachments: attachments.length > 0,
    attachments,
  };
}

/** The minimal message when MIME parsing fails: headers split by hand, the rest as a text body. */
export function parseEmlFallback(raw: string): InboundMessage {
  const normalized = raw.replace(/\r\n?/g, "\n");
  const split = normalized.indexOf("\n\n");
  const headers = splitHeaderBlock(split === -1 ? normalized : normalized.slice(0, split));
  const findHeader = (name: string): string =>
    headers.find((header) => header.name.toLowerCase() === name)?.value ?? "";
  const fromValue = findHeader("from");
  const address = /[^\s<>"]+@[^\s<>"]+/.exec(fromValue)?.[0];
  return {
    internetMessageHeaders: headers,
    from: {
      name: fromValue
        .replace(/<[^>]*>/, "")
        .replace(/"/g, "")
        .trim(),
      ...(address === undefined ? {} : { address }),
    },
    subject: findHeader("subject"),
    body: { contentType: "text", content: split === -1 ? "" : normalized.slice(split + 2) },
    hasAttachments: false,
    attachments: [],
  };
}

/**
 * Parses one raw message; never rejects for malformed MIME (falls back to a header split), e.g.
 * a Shift_JIS NDR with a broken boundary still yields its headers, subject and text.
 */
export async function parseEml(raw: Buffer): Promise<InboundMessage> {
  try {
    return mapParsedMail(await simpleParser(raw, PARSER_OPTIONS));
  } catch {
    // Broken MIME is expected in the wild; the hand split keeps the headers, which carry most signals.
    return parseEmlFallback(raw.toString("latin1"));
  }
}
