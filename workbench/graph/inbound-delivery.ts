// Mail arriving from outside: stored in the Inbox or Junk Email, threaded into the conversation its In-Reply-To/References name.
import { badRequest } from "./graph-errors";
import { validateAgainstType } from "./graph-schema";
import { asText, isJsonObject } from "./graph-types";
import { readMessageInput } from "./message-write-routes";
import type { Json, JsonObject } from "./graph-types";
import type { MailboxStore, StoredMessage } from "./mailbox-store";

/** Folders inbound mail can land in: the junk filter sends some of it to Junk Email. */
export const inboundFolders = ["inbox", "junkemail"] as const;
export type InboundFolder = (typeof inboundFolders)[number];

export function isInboundFolder(value: Json | undefined): value is InboundFolder {
  return inboundFolders.some((folder) => folder === value);
}

function referencedIds(message: JsonObject): string[] {
  const headers = Array.isArray(message.internetMessageHeaders)
    ? message.internetMessageHeaders
    : [];
  return headers.flatMap((header) =>
    isJsonObject(header) &&
    typeof header.name === "string" &&
    /^(in-reply-to|references)$/i.test(header.name) &&
    typeof header.value === "string"
      ? header.value.split(/\s+/)
      : [],
  );
}

/**
 * Stores `message` (a Graph message body) as received mail. Without its own `conversationId` it joins
 * the conversation of the message its In-Reply-To/References name, as Exchange threads replies.
 */
export function deliverInbound(
  store: MailboxStore,
  options: { message: Json | undefined; folder: InboundFolder },
): StoredMessage {
  const { message } = options;
  if (!isJsonObject(message)) throw badRequest("Body must be {message}.");
  validateAgainstType(message, "message");
  const referenced = referencedIds(message);
  const parent = store
    .listMessages()
    .find((candidate) => referenced.includes(asText(candidate.props.internetMessageId)));
  const { props, extendedProperties } = readMessageInput(message);
  return store.addMessage({
    folder: options.folder,
    props: {
      isRead: false,
      ...(parent
        ? {
            conversationId: parent.props.conversationId ?? null,
            conversationIndex: parent.props.conversationIndex ?? null,
          }
        : {}),
      ...props,
      isDraft: false,
    },
    extendedProperties,
  });
}
