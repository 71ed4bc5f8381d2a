// An in-memory MailApi: Sent Items, watched folders with delta links, and a log of every call made.
import { createAppError } from "../core/errors/app-error";
import { toMessageId } from "../ports/mail-api";
import type {
  DraftInput,
  FollowUpFlag,
  InboxDeltaResult,
  MailApi,
  MailboxMessage,
  MessageId,
  SendOutcome,
  SentTrackedMessage,
  TrackedMessageUpdate,
  WatchedFolder,
} from "../ports/mail-api";
import type { TrackId } from "../core/tracking/tracking-marker";

/** One call as a test asserts it: the method, and its first argument. */
export interface FakeMailCall {
  readonly method: keyof MailApi;
  readonly argument?: unknown;
}

type FolderEntry =
  | { readonly kind: "message"; readonly message: MailboxMessage }
  | { readonly kind: "removed"; readonly id: MessageId };

/** What updateTrackedMessages does next: reject (a killed pane, a lost network) or fail some ids. */
export type FakeUpdateFailure =
  | { readonly kind: "reject" }
  | { readonly kind: "fail_ids"; readonly ids: readonly string[] };

const folders: readonly WatchedFolder[] = ["inbox", "junkemail"];

/** Delta is read without bodies or attachments, as the Graph adapter selects it; getMessage has them. */
function toDeltaView(message: MailboxMessage): MailboxMessage {
  const view: { -readonly [K in keyof MailboxMessage]: MailboxMessage[K] } = { ...message };
  delete view.body;
  delete view.uniqueBody;
  delete view.attachments;
  return view;
}

/**
 * A faithful-enough MailApi for use-case tests: each method records a call (one call stands for
 * one Graph round trip or one `$batch`), so a test can assert what a refresh cost.
 */
export class FakeMailApi implements MailApi {
  readonly calls: FakeMailCall[] = [];
  /** Messages per delta page; a round reads at most `maxPages` pages. */
  pageSize = 50;
  /** Makes the next updateTrackedMessages call fail; cleared after that call. */
  nextUpdateFailure: FakeUpdateFailure | undefined;
  private readonly sent = new Map<string, SentTrackedMessage>();
  private readonly drafts = new Map<string, DraftInput>();
  private readonly logs: Record<WatchedFolder, FolderEntry[]> = { inbox: [], junkemail: [] };
  /** Bumped by invalidateDeltaLinks: links from an older epoch get `resync_required`. */
  private epoch = 0;

  /** Puts tracked mail into Sent Items. */
  addSent(...messages: readonly SentTrackedMessage[]): void {
    for (const message of messages) this.sent.set(message.id, message);
  }

  /** Sent Items as stored now (state and flag as written). */
  readSent(id: string): SentTrackedMessage | undefined {
    return this.sent.get(id);
  }

  /** Delivers mail into a watched folder; it shows up in the next delta round. */
  deliver(folder: WatchedFolder, ...messages: readonly MailboxMessage[]): void {
    for (const message of messages) this.logs[folder].push({ kind: "message", message });
  }

  /** Deletes a message from a folder; delta reports it as removed. */
  remove(folder: WatchedFolder, id: MessageId): void {
    this.logs[folder].push({ kind: "removed", id });
  }

  /** Every delta link handed out so far stops working (410 Gone / syncStateNotFound). */
  invalidateDeltaLinks(): void {
    this.epoch += 1;
  }

  /** How many calls of `method` were made, e.g. `countCalls("watchedFoldersDelta")`. */
  countCalls(method: keyof MailApi): number {
    return this.calls.filter((call) => call.method === method).length;
  }

  /** As Graph's `sentDateTime ge …`: mail without a sent time is left out when `sentSince` is given. */
  listSentTracked(options: {
    maxMessages: number;
    sentSince?: string;
  }): Promise<SentTrackedMessage[]> {
    this.calls.push({ method: "listSentTracked", argument: options });
    const sinceMs = options.sentSince === undefined ? undefined : Date.parse(options.sentSince);
    if (sinceMs !== undefined && Number.isNaN(sinceMs))
      return Promise.reject(createAppError("invalid_input", { details: { fake: true } }));
    const listed = this.sortedSent().filter(
      (message) => sinceMs === undefined || Date.parse(message.sentDateTime ?? "") >= sinceMs,
    );
    return Promise.resolve(listed.slice(0, options.maxMessages));
  }

  getMessage(id: MessageId): Promise<MailboxMessage> {
    this.calls.push({ method: "getMessage", argument: id });
    const entries = folders.flatMap((folder) => this.logs[folder]);
    const found = entries.find((entry) => entry.kind === "message" && entry.message.id === id);
    const isRemoved = entries.some((entry) => entry.kind === "removed" && entry.id === id);
    if (found?.kind !== "message" || isRemoved)
      return Promise.reject(createAppError("graph_not_found"));
    return Promise.resolve(found.message);
  }

  createDraft(draft: DraftInput): Promise<MessageId> {
    this.calls.push({ method: "createDraft", argument: draft });
    const id = toMessageId(`draft-${this.drafts.size + 1}`);
    this.drafts.set(id, draft);
    return Promise.resolve(id);
  }

  sendDraft(options: { draftId: MessageId; trackId: TrackId }): Promise<SendOutcome> {
    this.calls.push({ method: "sendDraft", argument: options });
    const draft = this.drafts.get(options.draftId);
    if (draft === undefined) return Promise.reject(createAppError("graph_not_found"));
    this.drafts.delete(options.draftId);
    const sentMessageId = toMessageId(`sent-${options.draftId}`);
    this.sent.set(sentMessageId, {
      id: sentMessageId,
      trackId: draft.trackId,
      subject: draft.subject,
      to: draft.to,
      ...(draft.cc === undefined ? {} : { cc: draft.cc }),
    });
    return Promise.resolve({ status: "sent", sentMessageId });
  }

  async sendTracked(draft: DraftInput): Promise<SendOutcome> {
    const draftId = await this.createDraft(draft);
    return this.sendDraft({ draftId, trackId: draft.trackId });
  }

  inboxDelta(options: { deltaLink?: string; maxPages?: number }): Promise<InboxDeltaResult> {
    this.calls.push({ method: "inboxDelta", argument: options });
    return Promise.resolve(this.readFolderDelta("inbox", options.deltaLink, options.maxPages));
  }

  watchedFoldersDelta(
    deltaLinks: Partial<Record<WatchedFolder, string>>,
    options?: { maxPages?: number },
  ): Promise<Record<WatchedFolder, InboxDeltaResult>> {
    this.calls.push({ method: "watchedFoldersDelta", argument: { ...deltaLinks } });
    return Promise.resolve({
      inbox: this.readFolderDelta("inbox", deltaLinks.inbox, options?.maxPages),
      junkemail: this.readFolderDelta("junkemail", deltaLinks.junkemail, options?.maxPages),
    });
  }

  listTrackedInConversation(conversationId: string): Promise<SentTrackedMessage[]> {
    this.calls.push({ method: "listTrackedInConversation", argument: conversationId });
    return Promise.resolve(
      this.sortedSent().filter((message) => message.conversationId === conversationId),
    );
  }

  updateTrackedMessages(updates: readonly TrackedMessageUpdate[]): Promise<MessageId[]> {
    this.calls.push({ method: "updateTrackedMessages", argument: updates });
    const failure = this.nextUpdateFailure;
    this.nextUpdateFailure = undefined;
    if (failure?.kind === "reject")
      return Promise.reject(createAppError("graph_unreachable", { details: { fake: true } }));
    const failed: MessageId[] = [];
    for (const update of updates) {
      const current = this.sent.get(update.id);
      const isFailing = failure?.kind === "fail_ids" && failure.ids.includes(update.id);
      if (current === undefined || isFailing) {
        failed.push(update.id);
        continue;
      }
      const flag: FollowUpFlag | undefined = update.flag ?? current.flag;
      this.sent.set(update.id, {
        ...current,
        stateJson: update.stateJson,
        ...(flag === undefined ? {} : { flag }),
      });
    }
    return Promise.resolve(failed);
  }

  private sortedSent(): SentTrackedMessage[] {
    return [...this.sent.values()].sort((a, b) =>
      (b.sentDateTime ?? "").localeCompare(a.sentDateTime ?? ""),
    );
  }

  /** Links look like `fake-delta:<folder>:<epoch>:<position in the folder's log>`. */
  private readFolderDelta(
    folder: WatchedFolder,
    deltaLink: string | undefined,
    maxPages = 20,
  ): InboxDeltaResult {
    let position = 0;
    if (deltaLink !== undefined) {
      const [scheme, linkFolder, epoch, at] = deltaLink.split(":");
      const isValid =
        scheme === "fake-delta" && linkFolder === folder && Number(epoch) === this.epoch;
      if (!isValid) return { kind: "resync_required", reason: "syncStateNotFound" };
      position = Number(at);
    }
    const log = this.logs[folder];
    const end = Math.min(log.length, position + maxPages * this.pageSize);
    const entries = log.slice(position, end);
    return {
      kind: "changes",
      messages: entries.flatMap((entry) =>
        entry.kind === "message" ? [toDeltaView(entry.message)] : [],
      ),
      removedIds: entries.flatMap((entry) => (entry.kind === "removed" ? [entry.id] : [])),
      deltaLink: `fake-delta:${folder}:${this.epoch}:${end}`,
      isComplete: end === log.length,
    };
  }
}
