// The inbound message as the Graph adapter hands it to the core: only what Graph exposes for a message.

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** RFC 5322 Message-ID with its angle brackets, e.g. `<abc@example.com>`. */
export type InternetMessageId = Brand<string, "tempo_internet_message_id">;
/** Graph `conversationId`: opaque, only ever compared for equality. */
export type ConversationId = Brand<string, "tempo_conversation_id">;

/** Brands a raw Message-ID; trims whitespace and nothing else, e.g. ` <a@b> ` gives `<a@b>`. */
export function toInternetMessageId(raw: string): InternetMessageId {
  return raw.trim() as InternetMessageId;
}

/** Brands a raw Graph conversationId. */
export function toConversationId(raw: string): ConversationId {
  return raw as ConversationId;
}

/** One entry of Graph `internetMessageHeaders`, in the order the message carries them. */
export interface MessageHeader {
  readonly name: string;
  readonly value: string;
}

/** Graph `recipient.emailAddress`. */
export interface EmailAddress {
  readonly name?: string;
  readonly address?: string;
}

export const BodyContentType = { text: "text", html: "html" } as const;
export type BodyContentType = (typeof BodyContentType)[keyof typeof BodyContentType];

/** Graph `itemBody`. */
export interface MessageBody {
  readonly contentType: BodyContentType;
  readonly content: string;
}

/**
 * A Graph attachment reduced to what classification needs; `content` holds the decoded text of
 * report parts (message/delivery-status, message/rfc822, text/rfc822-headers, MDN, ARF) only.
 */
export interface InboundAttachment {
  readonly name?: string;
  readonly contentType: string;
  readonly content?: string;
}

/** Exchange message classes (PidTagMessageClass, `String 0x001A`) the classifier understands. */
export const MapiMessageClass = {
  ndr: "REPORT.IPM.Note.NDR",
  deliveryReport: "REPORT.IPM.Note.DR",
  delayed: "REPORT.IPM.Note.Delayed",
  readReceipt: "REPORT.IPM.Note.IPNRN",
  notReadReceipt: "REPORT.IPM.Note.IPNNRN",
  outOfOffice: "IPM.Note.Rules.OofTemplate.Microsoft",
  autoReplyTemplate: "IPM.Note.Rules.ReplyTemplate.Microsoft",
} as const;

/** A received message as the Graph adapter produces it; every field may be missing on odd input. */
export interface InboundMessage {
  readonly internetMessageId?: InternetMessageId;
  readonly conversationId?: ConversationId;
  /** ISO-8601 UTC, as Graph returns it. */
  readonly receivedDateTime?: string;
  readonly internetMessageHeaders?: readonly MessageHeader[];
  readonly from?: EmailAddress;
  readonly sender?: EmailAddress;
  /** Graph `toRecipients`: lets a bounce scan skip the address the report was sent back to. */
  readonly toRecipients?: readonly EmailAddress[];
  readonly subject?: string;
  readonly body?: MessageBody;
  /** Graph `uniqueBody`: the part of the body not quoted from earlier messages, when Graph computed it. */
  readonly uniqueBody?: MessageBody;
  readonly hasAttachments?: boolean;
  readonly attachments?: readonly InboundAttachment[];
  /** PidTagMessageClass, when the adapter expanded that extended property. */
  readonly messageClass?: string;
}
