// Classifies new mail from the watched folders: cheaply from delta's fields, then fully for mail that matters.
import { isAppError } from "../../core/errors/app-error";
import { classifyReply } from "../../core/replies/classify-reply";
import { ReplyKind, type ReplyVerdict } from "../../core/replies/reply-verdict";
import { isSentByRep, matchInbound, type TrackingIndex } from "../../core/tracking/match-inbound";
import type { MailApi, MailboxMessage, SentTrackedMessage } from "../../ports/mail-api";

export interface ClassifiedMessage {
  readonly message: MailboxMessage;
  readonly verdict: ReplyVerdict;
}

/**
 * Mail that can be engagement: a received message with a sender. Delta's partial items (a read or
 * flag change: id, isRead, parentFolderId) are not, and the rep's own mail never is.
 */
function isCandidate(message: MailboxMessage, repAddresses: readonly string[]): boolean {
  const hasSender =
    typeof message.from?.address === "string" || typeof message.sender?.address === "string";
  const isReceived = typeof message.receivedDateTime === "string";
  return hasSender && isReceived && !isSentByRep(message, repAddresses);
}

/** Candidates classified from what delta returned (headers, sender, subject; no body). */
export function classifyDeltaMessages(
  messages: readonly MailboxMessage[],
  repAddresses: readonly string[],
): ClassifiedMessage[] {
  return messages
    .filter((message) => isCandidate(message, repAddresses))
    .map((message) => ({ message, verdict: classifyReply(message) }));
}

async function readWholeMessage(
  mail: Pick<MailApi, "getMessage">,
  message: MailboxMessage,
): Promise<MailboxMessage> {
  try {
    return await mail.getMessage(message.id);
  } catch (error) {
    // Deleted since delta listed it: what delta gave is all there is to classify.
    if (isAppError(error) && error.code === "graph_not_found") return message;
    throw error;
  }
}

/**
 * Delta is read without bodies (GRAPH-FACTS "Consequences" 5). Mail in a tracked thread, and
 * anything that looks like a bounce (its original Message-ID is in the body), is read whole and
 * classified again: an out-of-office notice or a bounce often says so only in its text. The rest
 * cannot be engagement and is dropped. Costs one `GET /me/messages/{id}` per such message.
 */
export async function classifyThreadMail(options: {
  readonly mail: Pick<MailApi, "getMessage">;
  readonly classified: readonly ClassifiedMessage[];
  readonly index: TrackingIndex<SentTrackedMessage>;
  readonly repAddresses: readonly string[];
}): Promise<ClassifiedMessage[]> {
  const { index, repAddresses } = options;
  const relevant = options.classified.filter(
    ({ message, verdict }) =>
      verdict.kind === ReplyKind.bounce ||
      matchInbound({ index, message, verdict, repAddresses }) !== undefined,
  );
  return Promise.all(
    relevant.map(async (item) => {
      if (item.message.body !== undefined) return item;
      const message = await readWholeMessage(options.mail, item.message);
      return { message, verdict: classifyReply(message) };
    }),
  );
}
