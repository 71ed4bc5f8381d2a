// Maps a fake-Graph message to the read item Outlook would show an add-in.
import { addInId } from "../../workbench-config";
import { htmlToText } from "../html-to-text";
import { convertRestIdToEwsId } from "../item-ids";
import type { Message, Recipient } from "@microsoft/microsoft-graph-types";
import type { Person, ReadItemSnapshot } from "../protocol";

/** Exchange keeps an add-in's custom properties as one JSON string in this named property. */
export const customPropertiesName = `cecp-${addInId}`;

function toPerson(recipient: Recipient | null | undefined): Person {
  const address = recipient?.emailAddress?.address ?? "";
  return { displayName: recipient?.emailAddress?.name ?? address, emailAddress: address };
}

/** Reads the cecp property, e.g. id "String {00020329-…} Name cecp-<addInId>", value '{"tracked":"1"}'. */
export function readCustomProperties(message: Message): Record<string, unknown> {
  const wanted = `name ${customPropertiesName}`.toLowerCase();
  const property = message.singleValueExtendedProperties?.find((candidate) =>
    (candidate.id ?? "").toLowerCase().endsWith(wanted),
  );
  if (typeof property?.value !== "string") return {};
  try {
    const parsed = JSON.parse(property.value) as unknown;
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch (error: unknown) {
    // Outlook ignores a corrupt property the same way: the add-in sees no custom properties.
    console.warn("workbench: unreadable custom properties", error);
    return {};
  }
}

export function formatInternetHeaders(message: Message): string {
  return (message.internetMessageHeaders ?? [])
    .map((header) => `${header.name ?? ""}: ${header.value ?? ""}`)
    .join("\r\n");
}

export function toReadSnapshot(message: Message): ReadItemSnapshot {
  const isHtml = message.body?.contentType === "html";
  const content = message.body?.content ?? "";
  const created = message.createdDateTime ?? message.receivedDateTime ?? new Date(0).toISOString();
  return {
    kind: "read",
    itemId: convertRestIdToEwsId(message.id ?? ""),
    subject: message.subject ?? "",
    from: toPerson(message.from),
    sender: toPerson(message.sender ?? message.from),
    to: (message.toRecipients ?? []).map(toPerson),
    cc: (message.ccRecipients ?? []).map(toPerson),
    dateTimeCreatedIso: created,
    dateTimeModifiedIso: message.lastModifiedDateTime ?? created,
    conversationId: message.conversationId ?? "",
    internetMessageId: message.internetMessageId ?? "",
    bodyHtml: isHtml ? content : "",
    bodyText: isHtml ? htmlToText(content) : content,
    internetHeaders: formatInternetHeaders(message),
    customProperties: readCustomProperties(message),
  };
}
