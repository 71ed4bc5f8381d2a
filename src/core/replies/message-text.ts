// Safe, capped read access to an InboundMessage's headers, body and report parts for the classifier.
import type { InboundAttachment, InboundMessage, MessageBody } from "./inbound-message";

/** The classifier never looks past this many characters of any body or part (hostile 10 MB bodies). */
export const MAX_SCAN_CHARS = 64 * 1024;

function cap(text: string): string {
  return text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text;
}

function asString(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** `value` when it really is an array (payloads can be malformed), else an empty list. */
export function readList<T>(value: readonly T[] | undefined): readonly T[] {
  return Array.isArray(value) ? (value as readonly T[]) : [];
}

/** Values of every header called `name` (case-insensitive), in message order, e.g. all `Received`. */
export function readHeaderValues(message: InboundMessage, name: string): string[] {
  const wanted = name.toLowerCase();
  const headers = readList(message.internetMessageHeaders);
  return headers
    .filter((header) => asString(header?.name).toLowerCase() === wanted)
    .map((header) => asString(header.value).trim());
}

/** The first value of header `name`, or "" when absent. */
export function readHeader(message: InboundMessage, name: string): string {
  return readHeaderValues(message, name)[0] ?? "";
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  nbsp: " ",
  apos: "'",
};

/** Crude HTML to text, enough for phrase matching: drops style/script, turns block ends into newlines. */
export function convertHtmlToText(html: string): string {
  return cap(html)
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<br\s*\/?>|<\/(p|div|tr|li|h\d|blockquote)>/gi, "\n")
    .replace(/<[^>]{0,2000}>/g, "")
    .replace(/&(amp|lt|gt|quot|nbsp|apos);/g, (_match, entity: string) => ENTITIES[entity] ?? " ");
}

function readBodyAsText(body: MessageBody | undefined): string {
  const content = asString(body?.content);
  return body?.contentType === "html" ? convertHtmlToText(content) : cap(content);
}

/** The body as plain text (HTML converted), capped at MAX_SCAN_CHARS. */
export function readBodyText(message: InboundMessage): string {
  return readBodyAsText(message.body);
}

/** Graph's uniqueBody when present, else undefined (the caller strips quotes itself). */
export function readUniqueBodyText(message: InboundMessage): string | undefined {
  return message.uniqueBody === undefined ? undefined : readBodyAsText(message.uniqueBody);
}

/** Attachments whose content type is one of `contentTypes`, with capped text content. */
export function readReportParts(
  message: InboundMessage,
  contentTypes: readonly string[],
): InboundAttachment[] {
  const attachments = readList(message.attachments);
  return attachments
    .filter((part) =>
      contentTypes.includes(asString(part?.contentType).toLowerCase().split(";")[0]?.trim() ?? ""),
    )
    .map((part) => ({ ...part, content: cap(asString(part.content)) }));
}

/** The subject, trimmed; "" when missing. */
export function readSubject(message: InboundMessage): string {
  return cap(asString(message.subject)).replace(/\s+/g, " ").trim();
}
