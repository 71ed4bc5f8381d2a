// Send-later use cases as the panes and reply detection call them: schedule from compose, list, cancel, reschedule, react to replies.
import { createAppError, isAppError } from "../../core/errors/app-error";
import { mergeRecentReplies } from "../../core/scheduling/send-later-settings";
import { guessZoneFromDateHeader } from "../../core/scheduling/send-later-zone-guess";
import type { AppError } from "../../core/errors/app-error";
import type { RecentReply } from "../../core/scheduling/send-later-settings";
import type { ZoneGuess } from "../../core/scheduling/send-later-zone-guess";
import type { MessageId } from "../../ports/mail-api";
import type {
  ComposeDelivery,
  ComposeDeliveryCapability,
  ScheduledMessage,
  ScheduledSendApi,
  ScheduleId,
  ScheduleOutcome,
  SendLaterSettings,
} from "../../ports/scheduled-send-api";

export interface SendLaterDeps {
  readonly api: ScheduledSendApi;
  readonly compose: ComposeDelivery;
  readonly settings: SendLaterSettings;
  readonly now: () => Date;
  readonly newScheduleId: () => ScheduleId;
}

/** A row of the scheduled-sends console. */
export interface ScheduledSendRow extends ScheduledMessage {
  /** Reply detection saw the prospect answer in this conversation: offer to cancel. */
  readonly hasProspectReplied: boolean;
  /** The zone the rep chose for the first recipient, to show the send time in it. */
  readonly prospectTimeZone?: string;
}

export type ComposeScheduleResult =
  /** Office holds the time on the item; it is scheduled when the rep selects Send. */
  | {
      readonly kind: "delay_set";
      readonly sendAtUtc: string;
      readonly isCancellableAfterSend: boolean;
    }
  /** Graph holds the message in Drafts; `isComposeClosed` false means the rep must close it unsent. */
  | {
      readonly kind: "scheduled";
      readonly messageId: MessageId;
      readonly sendAtUtc: string;
      readonly isComposeClosed: boolean;
    }
  | { readonly kind: "not_scheduled"; readonly reason: AppError };

export interface ZoneSuggestion {
  readonly guess: ZoneGuess;
  /** The header the guess came from, shown to the rep. */
  readonly dateHeader?: string;
  /** The zone the rep chose for this prospect before; it wins over the guess. */
  readonly rememberedZone?: string;
}

/** What happened to scheduled sends in conversations the prospect replied in. */
export interface ReplyHandling {
  readonly cancelled: readonly ScheduledMessage[];
  /** Left scheduled; the console offers "Prospect replied — cancel?". */
  readonly offered: readonly ScheduledMessage[];
  readonly failed: ReadonlyArray<{ readonly message: ScheduledMessage; readonly error: AppError }>;
}

export interface SendLaterService {
  readComposeCapability(): ComposeDeliveryCapability;
  readComposeDelay(): Promise<string | undefined>;
  /** Guesses the prospect's zone from the Date header of their newest email, preferred zones first. */
  suggestProspectZone(options: {
    readonly prospectAddress: string;
    readonly preferredZones: readonly string[];
  }): Promise<ZoneSuggestion>;
  /** Remembers the zone the rep chose or accepted for a prospect (roaming settings). */
  rememberProspectZone(prospectAddress: string, timeZone: string): Promise<void>;
  /** Schedules the open compose item: Office's delivery time on Mailbox 1.13, else Graph deferred send. */
  scheduleCompose(sendAtUtc: string): Promise<ComposeScheduleResult>;
  clearComposeDelay(): Promise<void>;
  recordDraftStart(): Promise<void>;
  /** Everything waiting in Drafts with a send time ahead, from the mailbox. */
  listScheduled(): Promise<ScheduledSendRow[]>;
  /** Back to a plain draft; resolves with the draft's id. */
  cancel(id: MessageId): Promise<MessageId>;
  reschedule(message: ScheduledMessage, sendAtUtc: string): Promise<ScheduleOutcome>;
  findScheduledInConversation(conversationId: string): Promise<ScheduledMessage[]>;
  /**
   * For reply detection (the tracking refresh): remembers the replies (pre-send check, console), then
   * cancels the scheduled sends in those conversations when the rep chose auto-cancel, else offers to.
   */
  handleProspectReplies(replies: readonly RecentReply[]): Promise<ReplyHandling>;
}

const maxListed = 100;
const minimumLeadMs = 60_000;

function toAppError(error: unknown): AppError {
  return isAppError(error) ? error : createAppError("graph_failed", { cause: error });
}

export function createSendLaterService(deps: SendLaterDeps): SendLaterService {
  const nowUtc = () => deps.now().toISOString();
  const listAhead = () => deps.api.listScheduled({ nowUtc: nowUtc(), maxMessages: maxListed });

  const scheduleThroughGraph = async (sendAtUtc: string): Promise<ComposeScheduleResult> => {
    const draftId = await deps.compose.saveDraft();
    const outcome = await deps.api.scheduleDraft({
      draftId,
      scheduleId: deps.newScheduleId(),
      sendAtUtc,
    });
    if (outcome.status === "not_scheduled")
      return { kind: "not_scheduled", reason: outcome.reason };
    const isComposeClosed = await deps.compose.close().then(
      () => true,
      (error: unknown) => {
        if (isAppError(error)) return false;
        throw error;
      },
    );
    return { kind: "scheduled", messageId: outcome.messageId, sendAtUtc, isComposeClosed };
  };

  return {
    readComposeCapability: () => deps.compose.readCapability(),
    readComposeDelay: () => deps.compose.readDelay(),
    clearComposeDelay: () => deps.compose.setDelay(undefined),
    recordDraftStart: () => deps.compose.recordDraftStart(nowUtc()),

    async suggestProspectZone(options) {
      const rememberedZone = deps.settings.readProspectZone(options.prospectAddress);
      const remembered = rememberedZone === undefined ? {} : { rememberedZone };
      const dateHeader = await deps.api.readLatestDateHeaderFrom(options.prospectAddress);
      if (dateHeader === undefined)
        return { guess: { kind: "unknown", reason: "no_date_header" }, ...remembered };
      const guess = guessZoneFromDateHeader({
        dateHeader,
        preferredZones: [
          ...(rememberedZone === undefined ? [] : [rememberedZone]),
          ...options.preferredZones,
        ],
      });
      return { guess, dateHeader, ...remembered };
    },

    rememberProspectZone: (prospectAddress, timeZone) =>
      deps.settings.saveProspectZone(prospectAddress, timeZone),

    async scheduleCompose(sendAtUtc) {
      const isTooSoon = !(Date.parse(sendAtUtc) >= deps.now().getTime() + minimumLeadMs);
      if (isTooSoon)
        return {
          kind: "not_scheduled",
          reason: createAppError("invalid_input", { details: { field: "sendAtUtc" } }),
        };
      const capability = deps.compose.readCapability();
      if (capability.kind === "delay_delivery") {
        await deps.compose.setDelay(sendAtUtc);
        return {
          kind: "delay_set",
          sendAtUtc,
          isCancellableAfterSend: capability.isCancellableAfterSend,
        };
      }
      if (capability.kind === "graph_fallback") return scheduleThroughGraph(sendAtUtc);
      return { kind: "not_scheduled", reason: createAppError("office_api_unsupported") };
    },

    async listScheduled() {
      const replied = new Set(
        deps.settings.readRecentReplies().map((reply) => reply.conversationId),
      );
      const scheduled = await listAhead();
      return scheduled.map((message) => {
        const address = message.to[0]?.address;
        const zone = address === undefined ? undefined : deps.settings.readProspectZone(address);
        return {
          ...message,
          hasProspectReplied:
            message.conversationId !== undefined && replied.has(message.conversationId),
          ...(zone === undefined ? {} : { prospectTimeZone: zone }),
        };
      });
    },

    cancel: (id) => deps.api.cancel(id),

    reschedule: (message, sendAtUtc) =>
      deps.api.reschedule({
        id: message.id,
        scheduleId: message.scheduleId ?? deps.newScheduleId(),
        sendAtUtc,
      }),

    async findScheduledInConversation(conversationId) {
      const scheduled = await listAhead();
      return scheduled.filter((message) => message.conversationId === conversationId);
    },

    async handleProspectReplies(replies) {
      if (replies.length === 0) return { cancelled: [], offered: [], failed: [] };
      const merged = mergeRecentReplies({
        existing: deps.settings.readRecentReplies(),
        added: replies,
        now: nowUtc(),
      });
      await deps.settings.saveRecentReplies(merged);
      const repliedIn = new Set(replies.map((reply) => reply.conversationId));
      const affected = (await listAhead()).filter(
        (message) => message.conversationId !== undefined && repliedIn.has(message.conversationId),
      );
      if (!deps.settings.isAutoCancelOnReply())
        return { cancelled: [], offered: affected, failed: [] };
      const cancelled: ScheduledMessage[] = [];
      const failed: Array<{ message: ScheduledMessage; error: AppError }> = [];
      // One at a time: each cancel is three Graph calls, and the mailbox allows four in flight.
      for (const message of affected) {
        try {
          await deps.api.cancel(message.id);
          cancelled.push(message);
        } catch (error: unknown) {
          failed.push({ message, error: toAppError(error) });
        }
      }
      return { cancelled, offered: [], failed };
    },
  };
}
