// Reads the sender and subject of the message open in read mode.
import { useOfficeContext } from "./use-office-context";

export interface ReadItemSummary {
  readonly senderName: string;
  readonly senderEmailAddress: string;
  readonly subject: string;
  readonly conversationId: string | undefined;
}

/** The open message's sender and subject, or undefined when no read-mode message is open. */
export function useReadItem(): ReadItemSummary | undefined {
  const office = useOfficeContext();
  const item = office?.context.mailbox?.item ?? undefined;
  const from = item?.from;
  const isReadMode = typeof item?.subject === "string";
  const hasSender = from !== undefined && "emailAddress" in from;
  if (!item || !isReadMode || !hasSender) {
    return undefined;
  }
  return {
    senderName: from.displayName,
    senderEmailAddress: from.emailAddress,
    subject: typeof item.subject === "string" ? item.subject : "",
    conversationId: item.conversationId,
  };
}
