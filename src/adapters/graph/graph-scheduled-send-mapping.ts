// Pure mappings between Graph message payloads and the scheduled-send port's shapes.
import {
  deferredSendTimePropertyId,
  tempoScheduleIdPropertyId,
} from "../../core/scheduling/send-later-marker";
import { parseIsoInstant, formatIsoInstant } from "../../core/time/time-range";
import { tempoTrackIdPropertyId } from "../../core/tracking/tracking-marker";
import { toMessageId } from "../../ports/mail-api";
import { toScheduleId } from "../../ports/scheduled-send-api";
import { readExtendedPropertyValue, toRecipients } from "./map-graph-message";
import type { Recipient } from "../../ports/mail-api";
import type { NewScheduledMessage, ScheduledMessage } from "../../ports/scheduled-send-api";
import type * as Graph from "@microsoft/microsoft-graph-types";

function toGraphRecipient(recipient: Recipient): Graph.Recipient {
  return {
    emailAddress: {
      address: recipient.address,
      ...(recipient.name ? { name: recipient.name } : {}),
    },
  };
}

/**
 * A Drafts message with an `$expand`ed send time → ScheduledMessage; `undefined` without id or a
 * readable time. Graph writes SystemTime values as ISO strings, with or without fractions and `Z`.
 * e.g. `{ id: "A1", subject: "Intro", singleValueExtendedProperties: [{ id: "SystemTime 0x3FEF",
 * value: "2026-03-10T03:00:00Z" }] }` gives `{ id: "A1", subject: "Intro", to: [], sendAtUtc: "2026-03-10T03:00:00.000Z" }`.
 */
export function mapGraphScheduledMessage(message: Graph.Message): ScheduledMessage | undefined {
  const rawTime = readExtendedPropertyValue(message, deferredSendTimePropertyId);
  const withZone =
    rawTime !== undefined && !/(Z|[+-]\d{2}:\d{2})$/.test(rawTime) ? `${rawTime}Z` : rawTime;
  const sendAtMs = withZone === undefined ? undefined : parseIsoInstant(withZone);
  if (!message.id || sendAtMs === undefined) return undefined;
  const scheduleId = readExtendedPropertyValue(message, tempoScheduleIdPropertyId);
  return {
    id: toMessageId(message.id),
    subject: message.subject ?? "",
    to: toRecipients(message.toRecipients),
    sendAtUtc: formatIsoInstant(sendAtMs),
    ...(message.conversationId ? { conversationId: message.conversationId } : {}),
    ...(scheduleId ? { scheduleId: toScheduleId(scheduleId) } : {}),
  };
}

/** `POST /me/messages` body of a new scheduled message: content, send time and marker. */
export function buildScheduledDraftBody(message: NewScheduledMessage): Graph.Message {
  return {
    subject: message.subject,
    body: { contentType: "html", content: message.bodyHtml },
    toRecipients: message.to.map(toGraphRecipient),
    ...(message.cc ? { ccRecipients: message.cc.map(toGraphRecipient) } : {}),
    singleValueExtendedProperties: [
      { id: deferredSendTimePropertyId, value: message.sendAtUtc },
      { id: tempoScheduleIdPropertyId, value: message.scheduleId },
    ],
  };
}

/**
 * The plain draft a cancelled send goes back to: the held message's content without a send time;
 * Tempo's tracking marker is kept so the mail stays tracked when it is sent later.
 */
export function buildScheduledCopyBody(held: Graph.Message): Graph.Message {
  const trackId = readExtendedPropertyValue(held, tempoTrackIdPropertyId);
  const copyRecipients = (recipients: Graph.NullableOption<Graph.Recipient[]> | undefined) =>
    toRecipients(recipients).map(toGraphRecipient);
  return {
    subject: held.subject ?? "",
    ...(held.body
      ? { body: { contentType: held.body.contentType ?? "html", content: held.body.content ?? "" } }
      : {}),
    toRecipients: copyRecipients(held.toRecipients),
    ccRecipients: copyRecipients(held.ccRecipients),
    bccRecipients: copyRecipients(held.bccRecipients),
    ...(held.importance ? { importance: held.importance } : {}),
    ...(trackId
      ? { singleValueExtendedProperties: [{ id: tempoTrackIdPropertyId, value: trackId }] }
      : {}),
  };
}

/** The `Date` header's value (names compare case-insensitively, RFC 5322), else `undefined`. */
export function readDateHeader(message: Graph.Message): string | undefined {
  const header = (message.internetMessageHeaders ?? []).find(
    (candidate) => (candidate.name ?? "").toLowerCase() === "date",
  );
  return header?.value ?? undefined;
}
