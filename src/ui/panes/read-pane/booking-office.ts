// Reads the open reply from Office.js for booking: its text, thread, Message-ID, time, sender and subject.
import { callOfficeAsync } from "@/ui/hooks/call-office-async";
import type { ReplyRef } from "@/app/booking/propose-booking";
import type { EventAttendee } from "@/ports/calendar-api";
import type { OfficeApi, OfficeCallback } from "@/ui/hooks/office-api";

/** The slice of `Office.MessageRead` booking reads (the real item is a superset). */
interface BookingReadItem {
  readonly subject: string;
  readonly conversationId?: string;
  readonly internetMessageId?: string;
  readonly dateTimeCreated?: Date;
  readonly from?: { readonly emailAddress: string; readonly displayName: string };
  readonly body: { getAsync(coercionType: string, callback: OfficeCallback<string>): void };
}

export interface OpenReply {
  readonly reply: ReplyRef;
  readonly prospect: EventAttendee;
}

function readItem(office: OfficeApi | undefined): BookingReadItem | undefined {
  const item: unknown = office?.context.mailbox?.item;
  if (typeof item !== "object" || item === null) return undefined;
  const body: unknown = Reflect.get(item, "body");
  const isRead =
    typeof Reflect.get(item, "subject") === "string" &&
    typeof body === "object" &&
    body !== null &&
    typeof Reflect.get(body, "getAsync") === "function";
  return isRead ? (item as BookingReadItem) : undefined;
}

/** Whether a received message is open (booking needs its thread and sender). */
export function hasOpenReply(office: OfficeApi | undefined): boolean {
  const item = readItem(office);
  return item?.conversationId !== undefined && item.from !== undefined;
}

/** The open message as booking needs it; its body is read as plain text, never as HTML. */
export async function readOpenReply(office: OfficeApi): Promise<OpenReply | undefined> {
  const item = readItem(office);
  if (item?.conversationId === undefined || item.from === undefined) return undefined;
  const text = await callOfficeAsync<string>(office, (done) => item.body.getAsync("text", done));
  return {
    reply: {
      conversationId: item.conversationId,
      ...(item.internetMessageId ? { internetMessageId: item.internetMessageId } : {}),
      text,
      receivedUtc: (item.dateTimeCreated ?? new Date(0)).toISOString(),
      subject: item.subject,
    },
    prospect: { address: item.from.emailAddress, name: item.from.displayName },
  };
}
