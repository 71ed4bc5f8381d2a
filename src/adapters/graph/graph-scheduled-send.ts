// ScheduledSendApi over the Graph gateway: deferred send with PidTagDeferredSendTime, list from Drafts, cancel and reschedule.
import { createAppError, isAppError } from "../../core/errors/app-error";
import {
  deferredSendTimePropertyId,
  tempoScheduleIdPropertyId,
} from "../../core/scheduling/send-later-marker";
import { parseIsoInstant } from "../../core/time/time-range";
import { tempoTrackIdPropertyId, toTrackId } from "../../core/tracking/tracking-marker";
import { toMessageId } from "../../ports/mail-api";
import { pageThrough } from "./graph-paging";
import { mapOutcomeToAppError } from "./map-graph-error";
import {
  buildScheduledCopyBody,
  buildScheduledDraftBody,
  mapGraphScheduledMessage,
  readDateHeader,
} from "./graph-scheduled-send-mapping";
import { buildMarkerFilter, sendDraftExactlyOnce } from "./send-exactly-once";
import type { MessageId } from "../../ports/mail-api";
import type {
  NewScheduledMessage,
  ScheduledMessage,
  ScheduledSendApi,
  ScheduleId,
  ScheduleOutcome,
} from "../../ports/scheduled-send-api";
import type { GraphGateway } from "./graph-client";
import type { ExactlyOnceDeps } from "./send-exactly-once";
import type * as Graph from "@microsoft/microsoft-graph-types";

const scheduledSelect = "id,subject,toRecipients,conversationId";
const copySelect = "subject,body,toRecipients,ccRecipients,bccRecipients,importance";
const mailWrite = ["Mail.ReadWrite"] as const;

export interface GraphScheduledSendOptions {
  readonly gateway: GraphGateway;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly pollIntervalMs?: number;
  readonly maxPolls?: number;
  /** `Prefer: odata.maxpagesize` for the Drafts list; default 50. */
  readonly pageSize?: number;
}

export class GraphScheduledSend implements ScheduledSendApi {
  private readonly gateway: GraphGateway;
  private readonly exactlyOnce: ExactlyOnceDeps;
  private readonly pageSize: number;

  constructor(options: GraphScheduledSendOptions) {
    this.gateway = options.gateway;
    this.pageSize = options.pageSize ?? 50;
    this.exactlyOnce = {
      gateway: options.gateway,
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      pollIntervalMs: options.pollIntervalMs ?? 1000,
      maxPolls: options.maxPolls ?? 4,
      maxSendRounds: 1,
      markerPropertyId: tempoScheduleIdPropertyId,
    };
  }

  /** `PATCH /me/messages/{id}` (send time + marker), then `POST /me/messages/{id}/send` exactly once. */
  async scheduleDraft(options: {
    draftId: MessageId;
    scheduleId: ScheduleId;
    sendAtUtc: string;
  }): Promise<ScheduleOutcome> {
    await this.gateway.call({
      method: "PATCH",
      path: `/me/messages/${options.draftId}`,
      body: {
        singleValueExtendedProperties: [
          { id: deferredSendTimePropertyId, value: options.sendAtUtc },
          { id: tempoScheduleIdPropertyId, value: options.scheduleId },
        ],
      },
      scopes: mailWrite,
    });
    return this.send(options.draftId, options.scheduleId, options.sendAtUtc);
  }

  /** `POST /me/messages` with send time and marker (a lost answer is settled in Drafts), then send. */
  async scheduleNew(message: NewScheduledMessage): Promise<ScheduleOutcome> {
    const draftId = await this.createMarkedDraft(message);
    return this.send(draftId, message.scheduleId, message.sendAtUtc);
  }

  /**
   * `GET /me/mailFolders/drafts/messages` filtered on the send-time property with it and the marker
   * expanded. The time is compared here: the filter only asks that the property exists (GRAPH-FACTS B7).
   */
  async listScheduled(options: {
    nowUtc: string;
    maxMessages: number;
  }): Promise<ScheduledMessage[]> {
    const nowMs = parseIsoInstant(options.nowUtc) ?? Number.NaN;
    const found: ScheduledMessage[] = [];
    const pages = pageThrough<Graph.Message>(
      this.gateway,
      {
        method: "GET",
        path: "/me/mailFolders/drafts/messages",
        query: {
          $filter: `singleValueExtendedProperties/Any(ep: ep/id eq '${deferredSendTimePropertyId}' and ep/value ne null)`,
          $expand: `singleValueExtendedProperties($filter=id eq '${deferredSendTimePropertyId}' or id eq '${tempoScheduleIdPropertyId}')`,
          $select: scheduledSelect,
        },
        scopes: mailWrite,
        maxPageSize: this.pageSize,
      },
      { maxPages: Math.max(1, Math.ceil(options.maxMessages / this.pageSize)) },
    );
    for await (const page of pages)
      for (const message of page.items) {
        const scheduled = mapGraphScheduledMessage(message);
        const isAhead = scheduled !== undefined && Date.parse(scheduled.sendAtUtc) > nowMs;
        if (scheduled && isAhead) found.push(scheduled);
      }
    found.sort((a, b) => a.sendAtUtc.localeCompare(b.sendAtUtc));
    return found.slice(0, options.maxMessages);
  }

  /**
   * `GET /me/messages/{id}`, `POST /me/messages` (a plain copy: no send time, the tracking marker
   * kept), then `DELETE /me/messages/{id}`. If the delete fails the copy is removed again.
   */
  async cancel(id: MessageId): Promise<MessageId> {
    const { body: held } = await this.gateway
      .call<Graph.Message>({
        method: "GET",
        path: `/me/messages/${id}`,
        query: {
          $select: copySelect,
          $expand: `singleValueExtendedProperties($filter=id eq '${tempoTrackIdPropertyId}')`,
        },
        scopes: mailWrite,
      })
      .catch((error: unknown) => {
        // A held send leaves Drafts when it goes out (and its immutable id moves on with it).
        const isGone = isAppError(error) && error.code === "graph_not_found";
        throw isGone ? createAppError("scheduled_send_gone", { cause: error }) : error;
      });
    const { body: copy } = await this.gateway.call<Graph.Message>({
      method: "POST",
      path: "/me/messages",
      body: buildScheduledCopyBody(held),
      scopes: mailWrite,
    });
    if (!copy.id) throw createAppError("graph_failed", { details: { reason: "draft_without_id" } });
    const copyId = toMessageId(copy.id);
    try {
      await this.gateway.call({ method: "DELETE", path: `/me/messages/${id}`, scopes: mailWrite });
    } catch (error: unknown) {
      await this.gateway
        .call({ method: "DELETE", path: `/me/messages/${copyId}`, scopes: mailWrite })
        .catch((cleanupError: unknown) => {
          if (!isAppError(cleanupError)) throw cleanupError;
        });
      throw error;
    }
    return copyId;
  }

  /**
   * Graph documents no way to change a held send's time (GRAPH-FACTS open question 4), so this cancels
   * (a plain draft again) and schedules that draft anew.
   */
  async reschedule(options: {
    id: MessageId;
    scheduleId: ScheduleId;
    sendAtUtc: string;
  }): Promise<ScheduleOutcome> {
    const draftId = await this.cancel(options.id);
    return this.scheduleDraft({ ...options, draftId });
  }

  /**
   * `GET /me/messages` newest first from one sender, headers only. `receivedDateTime` leads the
   * filter because it is the `$orderby` property (List messages: else InefficientFilter, GRAPH-FACTS B6).
   */
  async readLatestDateHeaderFrom(address: string): Promise<string | undefined> {
    const escaped = address.replace(/'/g, "''");
    const { body } = await this.gateway.call<{ value?: Graph.Message[] }>({
      method: "GET",
      path: "/me/messages",
      query: {
        $filter: `receivedDateTime ge 1900-01-01T00:00:00Z and from/emailAddress/address eq '${escaped}'`,
        $orderby: "receivedDateTime desc",
        $top: "1",
        $select: "receivedDateTime,internetMessageHeaders",
      },
      scopes: mailWrite,
    });
    const [latest] = body.value ?? [];
    return latest === undefined ? undefined : readDateHeader(latest);
  }

  private async send(
    draftId: MessageId,
    scheduleId: ScheduleId,
    sendAtUtc: string,
  ): Promise<ScheduleOutcome> {
    const outcome = await sendDraftExactlyOnce(this.exactlyOnce, {
      draftId,
      trackId: toTrackId(scheduleId),
      isDeferred: true,
    }).catch((error: unknown) => {
      const isUnknown = isAppError(error) && error.code === "graph_send_outcome_unknown";
      throw isUnknown
        ? createAppError("schedule_outcome_unknown", { cause: error, details: error.details })
        : error;
    });
    return outcome.status === "sent"
      ? { status: "scheduled", messageId: draftId, sendAtUtc }
      : { status: "not_scheduled", reason: outcome.reason };
  }

  private async createMarkedDraft(message: NewScheduledMessage): Promise<MessageId> {
    const { outcome, settings } = await this.gateway.attempt({
      method: "POST",
      path: "/me/messages",
      body: buildScheduledDraftBody(message),
      scopes: mailWrite,
    });
    const created =
      outcome?.kind === "response" && outcome.exchange.status === 201
        ? (outcome.exchange.body as Graph.Message).id
        : undefined;
    if (created) return toMessageId(created);
    const error = mapOutcomeToAppError({ outcome, settings, nowMs: Date.now() });
    if (error.code !== "graph_outcome_unknown") throw error;
    // Creation is synchronous: if Graph committed it, the marked draft is listable now.
    const { body } = await this.gateway.call<{ value?: Graph.Message[] }>({
      method: "GET",
      path: "/me/mailFolders/drafts/messages",
      query: {
        $filter: buildMarkerFilter(message.scheduleId, tempoScheduleIdPropertyId),
        $select: "id",
        $top: "1",
      },
      scopes: mailWrite,
    });
    const existing = body.value?.[0]?.id;
    if (existing) return toMessageId(existing);
    throw error;
  }
}
