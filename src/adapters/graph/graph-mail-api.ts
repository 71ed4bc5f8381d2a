// MailApi over the Graph gateway: each mail operation Tempo makes is one named function here.
import { createAppError } from "../../core/errors/app-error";
import { readDeltaRound } from "./graph-paging";
import { mapGraphMessage, messageClassPropertyId } from "./map-graph-message";
import {
  listSentTrackedMessages,
  listTrackedMessagesInConversation,
  patchTrackedMessages,
  quoteODataString,
} from "./graph-tracked-mail";
import { readWatchedFoldersDelta, toDeltaChanges } from "./graph-watched-delta";
import { createDraftOnce, sendDraftExactlyOnce, sendTrackedExactlyOnce } from "./send-exactly-once";
import type { TrackId } from "../../core/tracking/tracking-marker";
import type {
  DraftInput,
  InboxDeltaResult,
  MailApi,
  MailboxMessage,
  MessageId,
  SendOutcome,
  SentTrackedMessage,
  TrackedMessageUpdate,
  WatchedFolder,
} from "../../ports/mail-api";
import type { GraphGateway } from "./graph-client";
import type { GraphDeltaMessage } from "./map-graph-message";
import type { ExactlyOnceDeps } from "./send-exactly-once";
import type * as Graph from "@microsoft/microsoft-graph-types";

/** What reply detection reads (GRAPH-FACTS "Consequences" 5): small, and headers for In-Reply-To. */
export const inboxDeltaSelect =
  "id,subject,from,sender,toRecipients,receivedDateTime,conversationId,internetMessageId,internetMessageHeaders";
export const messageSelect = `${inboxDeltaSelect},body,uniqueBody,hasAttachments`;
/** PidTagMessageClass tells an Exchange NDR or OOF apart when headers are thin (inbound-message.ts). */
const messageClassExpand = `singleValueExtendedProperties($filter=id eq ${quoteODataString(messageClassPropertyId)})`;

export interface GraphMailApiOptions {
  readonly gateway: GraphGateway;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly pollIntervalMs?: number;
  readonly maxPolls?: number;
  /** `Prefer: odata.maxpagesize` for lists and delta; default 50. */
  readonly pageSize?: number;
  /** For waiting out a batch item's Retry-After; default `Date.now`. */
  readonly nowMs?: () => number;
}

export class GraphMailApi implements MailApi {
  private readonly gateway: GraphGateway;
  private readonly exactlyOnce: ExactlyOnceDeps;
  private readonly pageSize: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly nowMs: () => number;

  constructor(options: GraphMailApiOptions) {
    this.gateway = options.gateway;
    this.pageSize = options.pageSize ?? 50;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.nowMs = options.nowMs ?? Date.now;
    this.exactlyOnce = {
      gateway: options.gateway,
      sleep: this.sleep,
      pollIntervalMs: options.pollIntervalMs ?? 1000,
      maxPolls: options.maxPolls ?? 8,
      maxSendRounds: 3,
    };
  }

  /**
   * `GET /me/mailFolders/sentitems/messages` filtered on either marker (TempoTrackId, or the custom
   * properties compose wrote), with both and the state property expanded; with `sentSince`, the
   * filter starts `sentDateTime ge <sentSince> and (…)`.
   */
  listSentTracked(options: {
    maxMessages: number;
    sentSince?: string;
  }): Promise<SentTrackedMessage[]> {
    return listSentTrackedMessages(this.gateway, { ...options, pageSize: this.pageSize });
  }

  /** The same query restricted to one `conversationId`. */
  listTrackedInConversation(conversationId: string): Promise<SentTrackedMessage[]> {
    return listTrackedMessagesInConversation(this.gateway, {
      conversationId,
      pageSize: this.pageSize,
      maxPages: 4,
    });
  }

  /** `PATCH /me/messages/{id}` (marker, state, flag) for each update, 20 per `$batch`. */
  updateTrackedMessages(updates: readonly TrackedMessageUpdate[]): Promise<MessageId[]> {
    return patchTrackedMessages(this.gateway, { updates, sleep: this.sleep, nowMs: this.nowMs });
  }

  /** `GET /me/messages/{id}`. */
  async getMessage(id: MessageId): Promise<MailboxMessage> {
    const { body } = await this.gateway.call<Graph.Message>({
      method: "GET",
      path: `/me/messages/${id}`,
      query: { $select: messageSelect, $expand: messageClassExpand },
      scopes: ["Mail.Read"],
    });
    if (!body.id)
      throw createAppError("graph_failed", { details: { reason: "message_without_id" } });
    return mapGraphMessage({ ...body, id: body.id });
  }

  /** `POST /me/messages` with the marker. */
  createDraft(draft: DraftInput): Promise<MessageId> {
    return createDraftOnce(this.exactlyOnce, draft);
  }

  /** `POST /me/messages/{id}/send`, through the exactly-once path. */
  sendDraft(options: { draftId: MessageId; trackId: TrackId }): Promise<SendOutcome> {
    return sendDraftExactlyOnce(this.exactlyOnce, options);
  }

  sendTracked(draft: DraftInput): Promise<SendOutcome> {
    return sendTrackedExactlyOnce(this.exactlyOnce, draft);
  }

  /** `GET /me/mailFolders/inbox/messages/delta`, or the stored deltaLink. */
  async inboxDelta(options: { deltaLink?: string; maxPages?: number }): Promise<InboxDeltaResult> {
    const round = await readDeltaRound<GraphDeltaMessage>(this.gateway, {
      initial: {
        method: "GET",
        path: "/me/mailFolders/inbox/messages/delta",
        query: { $select: inboxDeltaSelect },
        scopes: ["Mail.Read"],
        maxPageSize: this.pageSize,
      },
      ...(options.deltaLink === undefined ? {} : { deltaLink: options.deltaLink }),
      maxPages: options.maxPages ?? 20,
    });
    if (round.kind === "resync_required") return round;
    return toDeltaChanges(round);
  }

  /** Inbox and Junk Email delta, the first page of each in one `$batch`. */
  watchedFoldersDelta(
    deltaLinks: Partial<Record<WatchedFolder, string>>,
    options: { maxPages?: number } = {},
  ): Promise<Record<WatchedFolder, InboxDeltaResult>> {
    return readWatchedFoldersDelta(this.gateway, {
      deltaLinks,
      select: inboxDeltaSelect,
      pageSize: this.pageSize,
      maxPages: options.maxPages ?? 20,
      sleep: this.sleep,
      nowMs: this.nowMs,
    });
  }
}
