// Pure mappings from Graph message payloads to the shapes the mail port speaks.
import { toConversationId, toInternetMessageId } from "../../core/replies/inbound-message";
import {
  hostCustomPropertiesPropertyId,
  tempoTrackIdPropertyId,
  toTrackId,
  trackIdCustomPropertyName,
  trackingStatePropertyId,
} from "../../core/tracking/tracking-marker";
import { toMessageId } from "../../ports/mail-api";
import { mapGraphFollowUpFlag } from "./map-graph-flag";
import type { EmailAddress, MessageHeader } from "../../core/replies/inbound-message";
import type { MailboxMessage, Recipient, SentTrackedMessage } from "../../ports/mail-api";
import type * as Graph from "@microsoft/microsoft-graph-types";

/** A delta entry for a message that left the folder (`@removed`). */
export type GraphDeltaMessage = Graph.Message & { "@removed"?: { reason?: string } };

/** Graph recipients as the ports' `Recipient`s; one without an address is dropped, an empty name left out. */
export function toRecipients(
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

/**
 * PidTagMessageClass as Graph names it ([MS-OXPROPS] 0x001A, a PtypString), e.g. `REPORT.IPM.Note.NDR`
 * on a non-delivery report: expanded where the classifier reads a whole message.
 */
export const messageClassPropertyId = "String 0x001A";

/**
 * The value of the `$expand`ed extended property `propertyId`, else `undefined`. Type, GUID and tag
 * compare case-insensitively; the Name part exactly, as Exchange does (GRAPH-FACTS B7).
 */
export function readExtendedPropertyValue(
  message: Graph.Message,
  propertyId: string,
): string | undefined {
  const property = (message.singleValueExtendedProperties ?? []).find((candidate) =>
    isSamePropertyId(candidate.id ?? "", propertyId),
  );
  return typeof property?.value === "string" ? property.value : undefined;
}

function isSamePropertyId(left: string, right: string): boolean {
  const split = (id: string): [string, string] => {
    const match = /^(.*?\sName\s)(.*)$/is.exec(id.trim());
    const head = (match ? (match[1] ?? "") : id).trim().toLowerCase().replace(/\s+/g, " ");
    return [head, match?.[2] ?? ""];
  };
  const [leftHead, leftName] = split(left);
  const [rightHead, rightName] = split(right);
  return leftHead === rightHead && leftName === rightName;
}

/** The marker's value on a message whose marker property was `$expand`ed, else `undefined`. */
export function readTrackIdValue(message: Graph.Message): string | undefined {
  return readExtendedPropertyValue(message, tempoTrackIdPropertyId);
}

/**
 * The track id inside Office's custom-properties JSON (`cecp-<add-in id>`, GRAPH-FACTS A1), e.g.
 * `{"tempoTrackId":"tt-1"}` gives `"tt-1"`. Anything else (bad JSON, no such key, not a non-empty
 * string) gives `undefined`: the value is written by any client and is never trusted to be well formed.
 */
export function readHostTrackId(customPropertiesJson: string | undefined): string | undefined {
  if (customPropertiesJson === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(customPropertiesJson);
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
  const isObject = typeof parsed === "object" && parsed !== null && !Array.isArray(parsed);
  if (!isObject) return undefined;
  const value: unknown = Object.getOwnPropertyDescriptor(parsed, trackIdCustomPropertyName)?.value;
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** Tempo's own marker first; else the track id compose put in the custom properties. */
export function readTrackId(message: Graph.Message): string | undefined {
  const marker = readTrackIdValue(message);
  if (marker !== undefined && marker !== "") return marker;
  return readHostTrackId(readExtendedPropertyValue(message, hostCustomPropertiesPropertyId));
}

/**
 * A Sent Items message marked either way → SentTrackedMessage; `undefined` without id or track id.
 * e.g. `{ id: "A1", subject: "Intro", singleValueExtendedProperties: [{ id: marker, value: "tt-1" }] }`
 * gives `{ id: "A1", trackId: "tt-1", subject: "Intro", to: [] }`.
 */
export function mapGraphSentTrackedMessage(message: Graph.Message): SentTrackedMessage | undefined {
  const trackId = readTrackId(message);
  if (!message.id || trackId === undefined) return undefined;
  const stateJson = readExtendedPropertyValue(message, trackingStatePropertyId);
  const flag = mapGraphFollowUpFlag(message.flag);
  return {
    id: toMessageId(message.id),
    trackId: toTrackId(trackId),
    subject: message.subject ?? "",
    ...(message.sentDateTime ? { sentDateTime: message.sentDateTime } : {}),
    ...(message.conversationId ? { conversationId: message.conversationId } : {}),
    ...(message.internetMessageId ? { internetMessageId: message.internetMessageId } : {}),
    to: toRecipients(message.toRecipients),
    ...(message.ccRecipients ? { cc: toRecipients(message.ccRecipients) } : {}),
    ...(stateJson === undefined ? {} : { stateJson }),
    ...(flag === undefined ? {} : { flag }),
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
  const messageClass = readExtendedPropertyValue(message, messageClassPropertyId);
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
    ...(messageClass === undefined ? {} : { messageClass }),
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
