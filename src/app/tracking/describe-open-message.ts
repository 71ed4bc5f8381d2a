// TrackingService.describeOpenMessage: is the message open in the read pane engagement on tracked mail?
import { isAppError } from "../../core/errors/app-error";
import { classifyReply } from "../../core/replies/classify-reply";
import { applyEngagement } from "../../core/tracking/apply-engagement";
import { createEngagementEvents } from "../../core/tracking/engagement-event";
import { buildTrackingIndex, matchInbound } from "../../core/tracking/match-inbound";
import { buildTrackedEmail, describeEngagement } from "../../core/tracking/tracked-email-view";
import { toMessageId } from "../../ports/mail-api";
import { readRepAddresses, toTrackedRecord, type TrackedRecord } from "./tracking-deps";
import type { TrackingDeps, TrackingSettings } from "./tracking-deps";
import type { EngagementEvent } from "../../core/tracking/tracked-email";
import type { TrackingState } from "../../core/tracking/tracking-state";
import type { MailboxMessage, SentTrackedMessage } from "../../ports/mail-api";
import type { OpenMessageRef, TrackedReplyInfo } from "../tracking-service";

const notTracked: TrackedReplyInfo = { kind: "not_tracked" };

/** The stored event the open message made, found by its Message-ID (or its id). */
function findStoredEvent(
  records: readonly TrackedRecord[],
  ref: OpenMessageRef,
): { record: TrackedRecord; event: EngagementEvent } | undefined {
  const messageId = ref.internetMessageId?.trim().toLowerCase();
  const isOpenMessage = (event: EngagementEvent): boolean => {
    const key = event.key.toLowerCase();
    const isSameMessageId =
      messageId !== undefined &&
      messageId !== "" &&
      (key === messageId || key.startsWith(`${messageId}#`));
    const isSameId = ref.restId !== undefined && event.inboundMessageId === ref.restId;
    return isSameMessageId || isSameId;
  };
  for (const record of records) {
    const event = record.state.events.find(isOpenMessage);
    if (event !== undefined) return { record, event };
  }
  return undefined;
}

function toInfo(options: {
  readonly message: SentTrackedMessage;
  readonly state: TrackingState;
  readonly event: EngagementEvent;
  readonly settings: TrackingSettings;
}): TrackedReplyInfo {
  const { message, state, event, settings } = options;
  return {
    kind: "engagement",
    tracked: buildTrackedEmail({ message, state }),
    infoBarText: describeEngagement({
      event,
      sentDateTime: message.sentDateTime,
      locale: settings.locale,
      timeZone: settings.timeZone,
    }),
  };
}

async function readOpenMessage(
  deps: TrackingDeps,
  restId: string,
): Promise<MailboxMessage | undefined> {
  try {
    return await deps.mail.getMessage(toMessageId(restId));
  } catch (error) {
    // An id converted from EWS can be unknown to Graph until cached mode syncs (GRAPH-FACTS A3).
    if (isAppError(error) && error.code === "graph_not_found") return undefined;
    throw error;
  }
}

/**
 * The info bar for the open message: the stored event when a refresh already recorded it, else the
 * message is read and classified on the spot (nothing is written; the next refresh records it).
 * e.g. a reply to mail sent Tue 3 Nov gives `{ kind: "engagement", tracked, infoBarText: "Replied
 * to your tracked email of Tue 3 Nov" }`; mail outside tracked threads gives `{ kind: "not_tracked" }`.
 */
export async function describeOpenMessage(options: {
  readonly deps: TrackingDeps;
  readonly ref: OpenMessageRef;
}): Promise<TrackedReplyInfo> {
  const { deps, ref } = options;
  if (ref.conversationId === undefined || ref.conversationId === "") return notTracked;
  const tracked = await deps.mail.listTrackedInConversation(ref.conversationId);
  if (tracked.length === 0) return notTracked;
  const settings = deps.settings();
  const records = tracked.map(toTrackedRecord);
  const stored = findStoredEvent(records, ref);
  if (stored !== undefined)
    return toInfo({
      ...stored,
      message: stored.record.message,
      state: stored.record.state,
      settings,
    });
  const message = ref.restId === undefined ? undefined : await readOpenMessage(deps, ref.restId);
  if (message === undefined) return notTracked;
  const verdict = classifyReply(message);
  const index = buildTrackingIndex(tracked);
  const repAddresses = readRepAddresses(settings);
  const found = matchInbound({ index, message, verdict, repAddresses });
  if (found === undefined) return notTracked;
  const [event] = createEngagementEvents({ message, verdict, recipients: found.recipients });
  const record = records.find((candidate) => candidate.message.id === found.tracked.id);
  if (event === undefined || record === undefined) return notTracked;
  const state = applyEngagement(record.state, event);
  return toInfo({ message: record.message, state, event, settings });
}
