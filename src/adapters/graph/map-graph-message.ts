// Pure mappings from Graph message payloads to the shapes the mail port speaks.
import { toConversationId, toInternetMessageId } from "../../core/replies/inbound-message";
import { tempoTrackIdPropertyId, toTrackId } from "../../core/tracking/tracking-marker";
import { toMessageId } from "../../ports/mail-api";
import type { EmailAddress, MessageHeader } from "../../core/replies/inbound-message";
import type { MailboxMessage, Recipient, SentTrackedMessage } from "../../ports/mail-api";
import type * as Graph from "@microsoft/microsoft-graph-types";

/** A delta entry for a message that left the folder (`@removed`). */
export type GraphDeltaMessage = Graph.Message & { "@removed"?: { reason?: string } };

function toRecipients(
  recipients: Graph.NullableOption<Graph.Recipient[]> | undefined,
): Recipient[] {
  return (recipients ?? []).flatMap((recipient) => {
    const address = recipient.emailAddress?.address;
    if (!address) return [];
    const name = recipient.emailAddress?.name;
    return [name ? { address, name } : { address }];
  });
}

function toEmailAddress(
  recipient: Graph.NullableOption<Graph.Recipient> | undefined,
): EmailAddress | undefined {
  const email = recipient?.emailAddress;
  if (!email) return undefined;
  return {
    ...(email.name ? { name: email.name } : {}),
    ...(email.address ? { address: email.address } : {}),
  };
}

/** The marker's value on a message whose marker property was `$expand`ed, else `undefined`. */
export function readTrackIdValue(message: Graph.Message): string | undefined {
  const marker = (message.singleValueExtendedProperties ?? []).find(
    (property) => property.id?.toLowerCase() === tempoTrackIdPropertyId.toLowerCase(),
  );
  return marker?.value ?? undefined;
}

/**
 * A Sent Items message carrying the marker → SentTrackedMessage; `undefined` without id or marker.
 * e.g. `{ id: "A1", subject: "Intro", singleValueExtendedProperties: [{ id: marker, value: "tt-1" }] }`
 * gives `{ id: "A1", trackId: "tt-1", subject: "Intro", to: [] }`.
 */
export function mapGraphSentTrackedMessage(message: Graph.Message): SentTrackedMessage | undefined {
  const trackId = readTrackIdValue(message);
  if (!message.id || trackId === undefined) return undefined;
  return {
    id: toMessageId(message.id),
    trackId: toTrackId(trackId),
    subject: message.subject ?? "",
    ...(message.sentDateTime ? { sentDateTime: message.sentDateTime } : {}),
    ...(message.conversationId ? { conversationId: message.conversationId } : {}),
    ...(message.internetMessageId ? { internetMessageId: message.internetMessageId } : {}),
    to: toRecipients(message.toRecipients),
  };
}

function toHeaders(
  headers: Graph.NullableOption<Graph.InternetMessageHeader[]> | undefined,
): MessageHeader[] | undefined {
  if (!headers) return undefined;
  return headers.map((header) => ({ name: header.name ?? "", value: header.value ?? "" }));
}

function toBody(body: Graph.NullableOption<Graph.ItemBody> | undefined) {
  if (!body || typeof body.content !== "string") return undefined;
  return {
    contentType: body.contentType === "html" ? "html" : "text",
    content: body.content,
  } as const;
}

/**
 * A Graph message → MailboxMessage (the core's InboundMessage plus its id); absent fields stay absent.
 * e.g. `{ id: "A1", internetMessageId: " <x@y> ", from: { emailAddress: { address: "a@b" } } }`
 * gives `{ id: "A1", internetMessageId: "<x@y>", from: { address: "a@b" } }`.
 */
export function mapGraphMessage(message: Graph.Message & { id: string }): MailboxMessage {
  const from = toEmailAddress(message.from);
  const sender = toEmailAddress(message.sender);
  const headers = toHeaders(message.internetMessageHeaders);
  const body = toBody(message.body);
  const uniqueBody = toBody(message.uniqueBody);
  return {
    id: toMessageId(message.id),
    ...(message.internetMessageId
      ? { internetMessageId: toInternetMessageId(message.internetMessageId) }
      : {}),
    ...(message.conversationId ? { conversationId: toConversationId(message.conversationId) } : {}),
    ...(message.receivedDateTime ? { receivedDateTime: message.receivedDateTime } : {}),
    ...(headers ? { internetMessageHeaders: headers } : {}),
    ...(from ? { from } : {}),
    ...(sender ? { sender } : {}),
    ...(message.toRecipients ? { toRecipients: toRecipients(message.toRecipients) } : {}),
    ...(typeof message.subject === "string" ? { subject: message.subject } : {}),
    ...(body ? { body } : {}),
    ...(uniqueBody ? { uniqueBody } : {}),
    ...(typeof message.hasAttachments === "boolean"
      ? { hasAttachments: message.hasAttachments }
      : {}),
  };
}

/** A DraftInput-shaped request body for `POST /me/messages`, carrying the marker. */
export function buildDraftBody(draft: {
  trackId: string;
  subject: string;
  bodyHtml: string;
  to: readonly Recipient[];
  cc?: readonly Recipient[];
}): Graph.Message {
  const toGraph = (recipient: Recipient): Graph.Recipient => ({
    emailAddress: {
      address: recipient.address,
      ...(recipient.name ? { name: recipient.name } : {}),
    },
  });
  return {
    subject: draft.subject,
    body: { contentType: "html", content: draft.bodyHtml },
    toRecipients: draft.to.map(toGraph),
    ...(draft.cc ? { ccRecipients: draft.cc.map(toGraph) } : {}),
    singleValueExtendedProperties: [{ id: tempoTrackIdPropertyId, value: draft.trackId }],
  };
}
