// MailApi over the Graph gateway: each mail operation Tempo makes is one named function here.
import { createAppError } from "../../core/errors/app-error";
import { tempoTrackIdPropertyId } from "../../core/tracking/tracking-marker";
import { toMessageId } from "../../ports/mail-api";
import { pageThrough, readDeltaRound } from "./graph-paging";
import { mapGraphMessage, mapGraphSentTrackedMessage } from "./map-graph-message";
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
} from "../../ports/mail-api";
import type { GraphGateway } from "./graph-client";
import type { GraphDeltaMessage } from "./map-graph-message";
import type { ExactlyOnceDeps } from "./send-exactly-once";
import type * as Graph from "@microsoft/microsoft-graph-types";

/** What reply detection reads (GRAPH-FACTS "Consequences" 5): small, and headers for In-Reply-To. */
export const inboxDeltaSelect =
  "id,subject,from,sender,toRecipients,receivedDateTime,conversationId,internetMessageId,internetMessageHeaders";
export const messageSelect = `${inboxDeltaSelect},body,uniqueBody,hasAttachments`;
const sentTrackedSelect = "id,subject,sentDateTime,conversationId,internetMessageId,toRecipients";

export interface GraphMailApiOptions {
  readonly gateway: GraphGateway;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly pollIntervalMs?: number;
  readonly maxPolls?: number;
  /** `Prefer: odata.maxpagesize` for lists and delta; default 50. */
  readonly pageSize?: number;
}

export class GraphMailApi implements MailApi {
  private readonly gateway: GraphGateway;
  private readonly exactlyOnce: ExactlyOnceDeps;
  private readonly pageSize: number;

  constructor(options: GraphMailApiOptions) {
    this.gateway = options.gateway;
    this.pageSize = options.pageSize ?? 50;
    this.exactlyOnce = {
      gateway: options.gateway,
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      pollIntervalMs: options.pollIntervalMs ?? 1000,
      maxPolls: options.maxPolls ?? 8,
      maxSendRounds: 3,
    };
  }

  /** `GET /me/mailFolders/sentitems/messages` filtered on the marker, with the marker expanded. */
  async listSentTracked(options: { maxMessages: number }): Promise<SentTrackedMessage[]> {
    const found: SentTrackedMessage[] = [];
    const pages = pageThrough<Graph.Message>(
      this.gateway,
      {
        method: "GET",
        path: "/me/mailFolders/sentitems/messages",
        query: {
          $filter: `singleValueExtendedProperties/Any(ep: ep/id eq '${tempoTrackIdPropertyId}' and ep/value ne null)`,
          $expand: `singleValueExtendedProperties($filter=id eq '${tempoTrackIdPropertyId}')`,
          $select: sentTrackedSelect,
        },
        scopes: ["Mail.Read"],
        maxPageSize: this.pageSize,
      },
      { maxPages: Math.ceil(options.maxMessages / this.pageSize) },
    );
    for await (const page of pages)
      for (const message of page.items) {
        const tracked = mapGraphSentTrackedMessage(message);
        if (tracked) found.push(tracked);
      }
    // Sorted here: `$orderby` with an extended-property filter is an InefficientFilter (GRAPH-FACTS B6).
    found.sort((a, b) => (b.sentDateTime ?? "").localeCompare(a.sentDateTime ?? ""));
    return found.slice(0, options.maxMessages);
  }

  /** `GET /me/messages/{id}`. */
  async getMessage(id: MessageId): Promise<MailboxMessage> {
    const { body } = await this.gateway.call<Graph.Message>({
      method: "GET",
      path: `/me/messages/${id}`,
      query: { $select: messageSelect },
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
    const messages: MailboxMessage[] = [];
    const removedIds: MessageId[] = [];
    for (const item of round.items) {
      if (!item.id) continue;
      if (item["@removed"]) removedIds.push(toMessageId(item.id));
      else messages.push(mapGraphMessage({ ...item, id: item.id }));
    }
    return {
      kind: "changes",
      messages,
      removedIds,
      deltaLink: round.deltaLink,
      isComplete: round.isComplete,
    };
  }
}
