// Creates and sends a marked draft so that one tracked send delivers exactly one email, even when Graph's answer is lost.
import { createAppError, isAppError } from "../../core/errors/app-error";
import { tempoTrackIdPropertyId } from "../../core/tracking/tracking-marker";
import { toMessageId } from "../../ports/mail-api";
import { mapOutcomeToAppError } from "./map-graph-error";
import { buildDraftBody } from "./map-graph-message";
import type { AppError } from "../../core/errors/app-error";
import type { TrackId } from "../../core/tracking/tracking-marker";
import type { DraftInput, MessageId, SendOutcome } from "../../ports/mail-api";
import type { GraphCall, GraphGateway } from "./graph-client";
import type * as Graph from "@microsoft/microsoft-graph-types";

export interface ExactlyOnceDeps {
  readonly gateway: GraphGateway;
  readonly sleep: (ms: number) => Promise<void>;
  /** Between looks for the marker; the Sent copy appears asynchronously (outlook-immutable-id). */
  readonly pollIntervalMs: number;
  readonly maxPolls: number;
  /** Sends in all, each after the previous one was proven not to have happened. */
  readonly maxSendRounds: number;
  /** The marker looked for, default TempoTrackId; scheduled sends use their own (graph-scheduled-send.ts). */
  readonly markerPropertyId?: string;
}

type MarkedFolder = "sentitems" | "drafts" | "outbox";

/** e.g. track id `tt-1` gives `singleValueExtendedProperties/Any(ep: ep/id eq '<marker>' and ep/value eq 'tt-1')`. */
export function buildMarkerFilter(
  trackId: string,
  propertyId: string = tempoTrackIdPropertyId,
): string {
  const value = trackId.replace(/'/g, "''");
  return `singleValueExtendedProperties/Any(ep: ep/id eq '${propertyId}' and ep/value eq '${value}')`;
}

async function findMarked(
  gateway: GraphGateway,
  folder: MarkedFolder,
  trackId: TrackId,
  propertyId?: string,
): Promise<MessageId | undefined> {
  const { body } = await gateway.call<{ value?: Graph.Message[] }>({
    method: "GET",
    path: `/me/mailFolders/${folder}/messages`,
    query: { $filter: buildMarkerFilter(trackId, propertyId), $select: "id", $top: "1" },
    scopes: ["Mail.ReadWrite"],
  });
  const id = body.value?.[0]?.id;
  return id ? toMessageId(id) : undefined;
}

type Whereabouts = { kind: "sent"; id: MessageId } | { kind: "draft" } | { kind: "elsewhere" };

async function locate(
  gateway: GraphGateway,
  trackId: TrackId,
  propertyId?: string,
): Promise<Whereabouts> {
  const sentId = await findMarked(gateway, "sentitems", trackId, propertyId);
  if (sentId) return { kind: "sent", id: sentId };
  // In the Outbox it is on its way: not sent yet, but not safe to send again either.
  if (await findMarked(gateway, "outbox", trackId, propertyId)) return { kind: "elsewhere" };
  const isDraft = await findMarked(gateway, "drafts", trackId, propertyId);
  return isDraft ? { kind: "draft" } : { kind: "elsewhere" };
}

/**
 * After a send whose answer was lost: polls Sent Items, Outbox and Drafts for the marker. Sent → sent.
 * Still in Drafts on two looks a poll apart → never picked up, safe to send again. Else → unknown.
 */
export async function resolveUnknownSend(
  deps: ExactlyOnceDeps,
  trackId: TrackId,
): Promise<{ kind: "sent"; id: MessageId } | { kind: "draft_unsent" } | { kind: "unknown" }> {
  let draftSightings = 0;
  for (let poll = 1; poll <= deps.maxPolls; poll += 1) {
    const place = await locate(deps.gateway, trackId, deps.markerPropertyId).catch(
      (error: unknown) => {
        if (isAppError(error)) return { kind: "elsewhere" } as const;
        throw error;
      },
    );
    if (place.kind === "sent") return place;
    draftSightings = place.kind === "draft" ? draftSightings + 1 : 0;
    if (draftSightings >= 2) return { kind: "draft_unsent" };
    if (poll < deps.maxPolls) await deps.sleep(deps.pollIntervalMs);
  }
  return { kind: "unknown" };
}

async function findSentCopy(
  deps: ExactlyOnceDeps,
  trackId: TrackId,
): Promise<MessageId | undefined> {
  for (let poll = 1; poll <= deps.maxPolls; poll += 1) {
    const id = await findMarked(deps.gateway, "sentitems", trackId, deps.markerPropertyId).catch(
      (error: unknown) => {
        if (isAppError(error)) return undefined;
        throw error;
      },
    );
    if (id) return id;
    if (poll < deps.maxPolls) await deps.sleep(deps.pollIntervalMs);
  }
  return undefined;
}

/**
 * `POST /me/messages/{id}/send`, never blindly repeated: a 429 is retried by the gateway (rejected
 * before execution), a 5xx or lost answer is resolved by looking for the marker first.
 * `isDeferred` (PidTagDeferredSendTime ahead): Exchange holds the sent draft in Drafts until its time
 * (GRAPH-FACTS C9), so no Sent copy is awaited, and a draft seen after a lost answer cannot be told
 * from an unsent one: that outcome is unknown, never a second send.
 */
export async function sendDraftExactlyOnce(
  deps: ExactlyOnceDeps,
  draft: { draftId: MessageId; trackId: TrackId; isDeferred?: boolean },
): Promise<SendOutcome> {
  const call: GraphCall = {
    method: "POST",
    path: `/me/messages/${draft.draftId}/send`,
    scopes: ["Mail.Send"],
  };
  let lastError: AppError | undefined;
  for (let round = 1; round <= deps.maxSendRounds; round += 1) {
    const { outcome, settings } = await deps.gateway.attempt(call);
    const isAccepted = outcome?.kind === "response" && outcome.exchange.status === 202;
    if (isAccepted && draft.isDeferred === true) return { status: "sent" };
    if (isAccepted) {
      const sentMessageId = await findSentCopy(deps, draft.trackId);
      return sentMessageId ? { status: "sent", sentMessageId } : { status: "sent" };
    }
    lastError = mapOutcomeToAppError({ outcome, settings, nowMs: Date.now() });
    if (lastError.code !== "graph_outcome_unknown")
      return { status: "not_sent", reason: lastError };
    const resolution = await resolveUnknownSend(deps, draft.trackId);
    if (resolution.kind === "sent") return { status: "sent", sentMessageId: resolution.id };
    const isHeldOrUnsent = resolution.kind === "draft_unsent" && draft.isDeferred === true;
    if (resolution.kind === "unknown" || isHeldOrUnsent)
      throw createAppError("graph_send_outcome_unknown", {
        cause: lastError,
        details: { ...lastError.details, trackId: draft.trackId },
      });
  }
  return { status: "not_sent", reason: lastError ?? createAppError("graph_failed") };
}

/** `POST /me/messages` with the marker; a lost answer is resolved by looking for the marker in Drafts. */
export async function createDraftOnce(
  deps: ExactlyOnceDeps,
  draft: DraftInput,
): Promise<MessageId> {
  const call: GraphCall = {
    method: "POST",
    path: "/me/messages",
    body: buildDraftBody(draft),
    scopes: ["Mail.ReadWrite"],
  };
  let lastError: AppError = createAppError("graph_failed");
  for (let round = 1; round <= 2; round += 1) {
    const { outcome, settings } = await deps.gateway.attempt(call);
    const created =
      outcome?.kind === "response" ? (outcome.exchange.body as Graph.Message) : undefined;
    const isCreated =
      outcome?.kind === "response" && outcome.exchange.status === 201 && created?.id;
    if (isCreated && created?.id) return toMessageId(created.id);
    lastError = mapOutcomeToAppError({ outcome, settings, nowMs: Date.now() });
    if (lastError.code !== "graph_outcome_unknown") throw lastError;
    // Creation is synchronous: if Graph committed it, the marked draft is listable now.
    const existing = await findMarked(deps.gateway, "drafts", draft.trackId, deps.markerPropertyId);
    if (existing) return existing;
  }
  throw lastError;
}

/** createDraftOnce, then sendDraftExactlyOnce. */
export async function sendTrackedExactlyOnce(
  deps: ExactlyOnceDeps,
  draft: DraftInput,
): Promise<SendOutcome> {
  const draftId = await createDraftOnce(deps, draft);
  return sendDraftExactlyOnce(deps, { draftId, trackId: draft.trackId });
}
