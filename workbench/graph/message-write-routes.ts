// Mail writes: create draft, PATCH (flag and extended-property rules), DELETE, send, sendMail, move.
import { GraphError, badRequest, unreadableBody } from "./graph-errors";
import { validateAgainstType } from "./graph-schema";
import { isJsonObject, jsonResponse } from "./graph-types";
import { upsertExtendedProperties } from "./mailbox-store";
import {
  contextUrl,
  renderFor,
  resolveFolderParam,
  resolveMessageParam,
} from "./message-read-routes";
import type { ExtendedProperty } from "./mailbox-store";
import type { Json, JsonObject } from "./graph-types";
import type { RouteContext, RouteDef } from "./graph-deps";

/** message-update.md: "Updatable only if isDraft = true". */
const draftOnlyProperties = [
  "internetMessageId",
  "body",
  "subject",
  "toRecipients",
  "ccRecipients",
  "bccRecipients",
  "from",
  "sender",
  "replyTo",
];

export function readJsonBody(context: RouteContext): JsonObject {
  const { body } = context.req;
  if (context.req.isBodyMalformed || !isJsonObject(body)) throw unreadableBody();
  return body;
}

/** Splits a message body into plain properties and extended properties, after checking it against the CSDL. */
export function readMessageInput(value: Json | undefined): {
  props: JsonObject;
  extendedProperties: ExtendedProperty[];
} {
  if (!isJsonObject(value)) throw unreadableBody();
  validateAgainstType(value, "message");
  const { singleValueExtendedProperties, ...props } = value;
  const extendedProperties = (
    Array.isArray(singleValueExtendedProperties) ? singleValueExtendedProperties : []
  ).map((prop) => {
    const isValid =
      isJsonObject(prop) && typeof prop.id === "string" && typeof prop.value === "string";
    if (!isValid)
      throw badRequest(
        "An extended property needs a string 'id' and a string 'value'.",
        "ErrorInvalidExtendedProperty",
      );
    return { id: prop.id as string, value: prop.value as string };
  });
  for (const key of Object.keys(props)) if (key.startsWith("@odata.")) delete props[key];
  assertValidFlag(props.flag);
  return { props, extendedProperties };
}

/** followupflag.md: "To set the due date, you must also specify the startDateTime; otherwise, you will get a 400 Bad Request". */
function assertValidFlag(flag: Json | undefined): void {
  if (!isJsonObject(flag)) return;
  const hasDue = isJsonObject(flag.dueDateTime);
  const hasStart = isJsonObject(flag.startDateTime);
  if (hasDue && !hasStart)
    throw badRequest(
      "To set the due date, you must also specify the startDateTime.",
      "ErrorInvalidArgument",
    );
}

function createMessage(context: RouteContext) {
  const { props, extendedProperties } = readMessageInput(readJsonBody(context));
  const folder = resolveFolderParam(context);
  const message = context.deps.store.addMessage({
    folder: folder?.id ?? "drafts",
    props: { isRead: true, ...props, isDraft: true, sentDateTime: null },
    extendedProperties,
  });
  return jsonResponse(201, {
    "@odata.context": contextUrl(context, "messages/$entity"),
    ...renderFor(context, message, {}),
  });
}

function patchMessage(context: RouteContext) {
  const message = resolveMessageParam(context);
  const { props, extendedProperties } = readMessageInput(readJsonBody(context));
  if (message.props.isDraft !== true) {
    const blocked = draftOnlyProperties.find((name) => name in props);
    if (blocked !== undefined) {
      throw badRequest(
        `The property '${blocked}' can only be updated on a draft message.`,
        "ErrorInvalidPropertyUpdateSentMessage",
      );
    }
  }
  Object.assign(message.props, props);
  upsertExtendedProperties(message.extendedProperties, extendedProperties);
  context.deps.store.touch(message);
  return jsonResponse(200, {
    "@odata.context": contextUrl(context, "messages/$entity"),
    ...renderFor(context, message, {}),
  });
}

function deleteMessage(context: RouteContext) {
  const message = resolveMessageParam(context);
  context.deps.sender.onDraftDeleted(message);
  context.deps.store.removeMessage(message);
  return jsonResponse(204);
}

function sendMessage(context: RouteContext) {
  const message = resolveMessageParam(context);
  if (message.props.isDraft !== true)
    throw badRequest("Only a draft message can be sent.", "ErrorInvalidOperation");
  context.deps.sender.sendDraft(message, {
    via: "graph-send",
    keepImmutableId: context.deps.faults.switches.isImmutableIdKeptOnSend,
  });
  return jsonResponse(202);
}

/** Action parameters are camelCase in the docs and PascalCase in the CSDL; Graph accepts both. */
function readParameter(body: JsonObject, name: string): Json | undefined {
  const key = Object.keys(body).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : body[key];
}

function sendMail(context: RouteContext) {
  const body = readJsonBody(context);
  const unknown = Object.keys(body).find((key) => !/^(message|savetosentitems)$/i.test(key));
  if (unknown !== undefined)
    throw badRequest(
      `The parameter '${unknown}' in the request payload is not a valid parameter for the operation 'sendMail'.`,
      "RequestBodyRead",
    );
  const messageValue = readParameter(body, "message");
  if (messageValue === undefined)
    throw badRequest("The 'message' parameter is required.", "ErrorInvalidParameter");
  const save = readParameter(body, "saveToSentItems");
  if (save !== undefined && save !== null && typeof save !== "boolean")
    throw badRequest("Cannot convert saveToSentItems to Edm.Boolean.", "RequestBodyRead");
  const { props, extendedProperties } = readMessageInput(messageValue);
  context.deps.sender.sendNew(props, extendedProperties, {
    via: "graph-sendMail",
    isSentCopySaved: save !== false,
  });
  return jsonResponse(202);
}

function moveMessage(context: RouteContext) {
  const message = resolveMessageParam(context);
  const destination = readParameter(readJsonBody(context), "destinationId");
  if (typeof destination !== "string")
    throw new GraphError(
      400,
      "ErrorInvalidParameter",
      "The 'destinationId' parameter is required.",
    );
  const moved = context.deps.store.moveMessage(message, destination);
  return jsonResponse(201, {
    "@odata.context": contextUrl(context, "messages/$entity"),
    ...renderFor(context, moved, {}),
  });
}

export const messageWriteRoutes: RouteDef[] = [
  { method: "POST", pattern: "/messages", handler: createMessage },
  { method: "POST", pattern: "/mailFolders/{folderId}/messages", handler: createMessage },
  { method: "PATCH", pattern: "/messages/{messageId}", handler: patchMessage },
  {
    method: "PATCH",
    pattern: "/mailFolders/{folderId}/messages/{messageId}",
    handler: patchMessage,
  },
  { method: "DELETE", pattern: "/messages/{messageId}", handler: deleteMessage },
  {
    method: "DELETE",
    pattern: "/mailFolders/{folderId}/messages/{messageId}",
    handler: deleteMessage,
  },
  { method: "POST", pattern: "/messages/{messageId}/send", handler: sendMessage },
  { method: "POST", pattern: "/messages/{messageId}/move", handler: moveMessage },
  { method: "POST", pattern: "/sendMail", handler: sendMail },
];
