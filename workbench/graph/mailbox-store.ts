// The in-memory mailbox: folders and messages with their ids, versions, extended properties and headers.
import { itemNotFound, malformedId } from "./graph-errors";
import { asString } from "./graph-types";
import { isWellFormedId, mintConversationIndex, mintId, mintInternetMessageId } from "./mail-ids";
import { isSameExtendedPropertyId } from "./odata-filter-eval";
import type { JsonObject } from "./graph-types";
import type { FakeClock } from "./fake-clock";

export interface ExtendedProperty {
  id: string;
  value: string;
}

export interface MailFolder {
  id: string;
  wellKnownName: string;
  displayName: string;
}

export interface StoredMessage {
  /** Internal key, never shown. */
  key: string;
  immutableId: string;
  /** Default id: changes whenever the message moves to another folder. */
  restId: string;
  folderId: string;
  /** Graph properties except id, parentFolderId, changeKey and singleValueExtendedProperties. */
  props: JsonObject;
  extendedProperties: ExtendedProperty[];
  version: number;
  /** Deferred send (PidTagDeferredSendTime) held in Drafts until this fake-clock time. */
  heldUntilMs?: number;
}

export const wellKnownFolders = [
  ["inbox", "Inbox"],
  ["sentitems", "Sent Items"],
  ["drafts", "Drafts"],
  ["outbox", "Outbox"],
  ["junkemail", "Junk Email"],
  ["deleteditems", "Deleted Items"],
] as const;

export type WellKnownFolder = (typeof wellKnownFolders)[number][0];

export function buildBodyPreview(body: JsonObject | undefined): string {
  const content = asString(body?.content) ?? "";
  const text =
    asString(body?.contentType)?.toLowerCase() === "html"
      ? content.replace(/<[^>]*>/g, " ")
      : content;
  return text.replace(/\s+/g, " ").trim().slice(0, 255);
}

export function upsertExtendedProperties(
  target: ExtendedProperty[],
  updates: ExtendedProperty[],
): void {
  for (const update of updates) {
    const existing = target.find((prop) => isSameExtendedPropertyId(prop.id, update.id));
    if (existing) existing.value = update.value;
    else target.push({ ...update });
  }
}

export class MailboxStore {
  readonly folders: MailFolder[] = wellKnownFolders.map(([wellKnownName, displayName]) => ({
    id: mintId("folder"),
    wellKnownName,
    displayName,
  }));
  private readonly messages = new Map<string, StoredMessage>();
  private readonly idIndex = new Map<string, string>();
  private keyCounter = 0;

  constructor(private readonly clock: FakeClock) {}

  findFolder(idOrName: string): MailFolder | undefined {
    const lower = idOrName.toLowerCase();
    return this.folders.find((folder) => folder.id === idOrName || folder.wellKnownName === lower);
  }

  requireFolder(idOrName: string): MailFolder {
    const folder = this.findFolder(idOrName);
    if (folder) return folder;
    if (!isWellFormedId(idOrName)) throw malformedId();
    throw itemNotFound();
  }

  folderName(message: StoredMessage): string {
    return this.folders.find((folder) => folder.id === message.folderId)?.wellKnownName ?? "";
  }

  /** Adds a message with Graph's defaults for anything not given. `receivedDateTime` etc. default to the fake now. */
  addMessage(input: {
    folder: string;
    props: JsonObject;
    extendedProperties?: ExtendedProperty[];
    immutableId?: string;
  }): StoredMessage {
    const nowIso = this.clock.now().toISOString();
    const folder = this.requireFolder(input.folder);
    const isDraft = folder.wellKnownName === "drafts";
    const body = (input.props.body as JsonObject | undefined) ?? {
      contentType: "text",
      content: "",
    };
    const props: JsonObject = {
      createdDateTime: nowIso,
      lastModifiedDateTime: nowIso,
      categories: [],
      receivedDateTime: nowIso,
      sentDateTime: isDraft ? null : nowIso,
      hasAttachments: false,
      internetMessageId: mintInternetMessageId(),
      subject: "",
      importance: "normal",
      conversationId: mintId("conversation"),
      conversationIndex: mintConversationIndex(),
      isDeliveryReceiptRequested: false,
      isReadReceiptRequested: false,
      isRead: true,
      isDraft,
      inferenceClassification: "focused",
      sender: null,
      from: null,
      toRecipients: [],
      ccRecipients: [],
      bccRecipients: [],
      replyTo: [],
      flag: { flagStatus: "notFlagged" },
      internetMessageHeaders: [],
      ...input.props,
      body,
      bodyPreview: buildBodyPreview(body),
    };
    this.keyCounter += 1;
    const message: StoredMessage = {
      key: `m${this.keyCounter}`,
      immutableId: input.immutableId ?? mintId("immutable"),
      restId: mintId("rest"),
      folderId: folder.id,
      props,
      extendedProperties: (input.extendedProperties ?? []).map((prop) => ({ ...prop })),
      version: 1,
    };
    this.messages.set(message.key, message);
    this.idIndex.set(message.immutableId, message.key);
    this.idIndex.set(message.restId, message.key);
    return message;
  }

  findMessage(id: string): StoredMessage | undefined {
    const key = this.idIndex.get(id);
    return key === undefined ? undefined : this.messages.get(key);
  }

  /** Throws 400 for malformed ids and 404 for unknown ones (including default ids made stale by a move). */
  requireMessage(id: string): StoredMessage {
    const message = this.findMessage(id);
    if (message) return message;
    if (!isWellFormedId(id)) throw malformedId();
    throw itemNotFound();
  }

  listMessages(folderId?: string): StoredMessage[] {
    const all = [...this.messages.values()];
    return folderId === undefined ? all : all.filter((message) => message.folderId === folderId);
  }

  touch(message: StoredMessage): void {
    message.version += 1;
    message.props.lastModifiedDateTime = this.clock.now().toISOString();
    message.props.bodyPreview = buildBodyPreview(message.props.body as JsonObject | undefined);
  }

  /** Moves a message; its default id changes and the old one stops resolving, as in Exchange. */
  moveMessage(message: StoredMessage, folderIdOrName: string): StoredMessage {
    const folder = this.requireFolder(folderIdOrName);
    if (folder.id === message.folderId) return message;
    this.idIndex.delete(message.restId);
    message.restId = mintId("rest");
    this.idIndex.set(message.restId, message.key);
    message.folderId = folder.id;
    this.touch(message);
    return message;
  }

  removeMessage(message: StoredMessage): void {
    this.messages.delete(message.key);
    this.idIndex.delete(message.restId);
    this.idIndex.delete(message.immutableId);
  }

  changeKey(message: StoredMessage): string {
    return Buffer.from(`CQAAABYAAA${message.key}v${message.version}`).toString("base64");
  }
}
