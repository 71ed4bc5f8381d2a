// Renders stored messages as Graph JSON: default property set, $select, $expand of extended properties, id flavour, Mail.ReadBasic trimming.
import { evaluateOnExtendedProperty } from "./odata-filter-eval";
import type { JsonObject } from "./graph-types";
import type { MailboxStore, StoredMessage } from "./mailbox-store";
import type { FilterNode } from "./odata-filter-parser";

export type IdType = "rest" | "immutable";

export interface MessageViewOptions {
  select?: string[];
  expandExtended?: FilterNode;
  idType: IdType;
  isBasicOnly: boolean;
}

/** Returned only when $select-ed (message resource docs). */
const selectOnlyProperties = new Set(["internetMessageHeaders", "uniqueBody"]);
/** Withheld from Mail.ReadBasic callers (permission description). */
const basicWithheld = new Set(["body", "bodyPreview", "uniqueBody"]);

export function messageId(message: StoredMessage, idType: IdType): string {
  return idType === "immutable" ? message.immutableId : message.restId;
}

/** Every property including headers and extended properties: what $filter and delta comparisons see. */
export function buildFullView(
  store: MailboxStore,
  message: StoredMessage,
  idType: IdType,
): JsonObject {
  const id = messageId(message, idType);
  return {
    id,
    ...message.props,
    uniqueBody: message.props.uniqueBody ?? message.props.body ?? null,
    parentFolderId: message.folderId,
    changeKey: store.changeKey(message),
    webLink: `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(id)}&exvsurl=1&viewmodel=ReadMessageItem`,
    singleValueExtendedProperties: message.extendedProperties.map((prop) => ({
      id: prop.id,
      value: prop.value,
    })),
  };
}

export function renderMessage(
  store: MailboxStore,
  message: StoredMessage,
  options: MessageViewOptions,
): JsonObject {
  const full = buildFullView(store, message, options.idType);
  const result: JsonObject = {
    "@odata.etag": `W/"${store.changeKey(message)}"`,
    id: full.id ?? null,
  };
  const names =
    options.select ?? Object.keys(full).filter((name) => !selectOnlyProperties.has(name));
  for (const name of names) {
    const isWithheld =
      name === "singleValueExtendedProperties" ||
      (options.isBasicOnly && options.select === undefined && basicWithheld.has(name));
    if (name === "id" || isWithheld) continue;
    result[name] = full[name] ?? null;
  }
  if (options.expandExtended) {
    const filter = options.expandExtended;
    const matches = message.extendedProperties
      .map((prop) => ({ id: prop.id, value: prop.value }))
      .filter((prop) => evaluateOnExtendedProperty(filter, prop));
    if (matches.length > 0) result.singleValueExtendedProperties = matches;
  }
  return result;
}
