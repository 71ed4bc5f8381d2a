// 1,000 (or N) varied, deterministic TrackedEmail items for the dashboard render bench: statuses, events, follow-ups.
import { toTrackId } from "../../src/core/tracking/tracking-marker";
import type {
  EngagementEvent,
  TrackedEmail,
  TrackingStatus,
} from "../../src/core/tracking/tracked-email";

const statuses: readonly TrackingStatus[] = [
  "awaiting",
  "replied",
  "auto_replied",
  "awaiting",
  "bounced",
  "read_receipt",
  "soft_bounced",
  "unsubscribed",
];
const companies = ["Fabrikam", "Northwind Traders", "Adatum", "Litware", "Tailspin Toys"];

function buildEvents(index: number, sentMs: number, status: TrackingStatus): EngagementEvent[] {
  if (status === "awaiting") return [];
  const count = 1 + (index % 3);
  return Array.from({ length: count }, (_, event) => ({
    key: `<bench-${index}-${event}@fabrikam.com>`,
    kind: event === count - 1 && status === "replied" ? "human_reply" : "auto_reply",
    at: new Date(sentMs + (event + 1) * 3_600_000).toISOString(),
    recipient: `prospect${index}@fabrikam.com`,
    summary: event === count - 1 ? "Replied" : "Out of office",
    inboundMessageId: `in-${index}-${event}`,
  }));
}

/**
 * `count` tracked emails sent an hour apart before `now`, newest first, e.g. the first is
 * "Pilot proposal for Fabrikam (0)" to prospect0@fabrikam.com, awaiting a reply.
 */
export function buildTrackedEmails(count: number, now: Date): TrackedEmail[] {
  return Array.from({ length: count }, (_, index): TrackedEmail => {
    const sentMs = now.getTime() - (index + 1) * 3_600_000;
    const status = statuses[index % statuses.length] ?? "awaiting";
    const company = companies[index % companies.length] ?? "Fabrikam";
    const events = buildEvents(index, sentMs, status);
    const recipients = Array.from({ length: 1 + (index % 3) }, (_, recipient) => ({
      address: `prospect${index}.${recipient}@fabrikam.com`,
      ...(recipient === 0 ? { name: `Prospect ${index}` } : {}),
      status: recipient === 0 ? status : ("awaiting" as const),
    }));
    const isFlagged = status === "awaiting" && index % 2 === 0;
    return {
      messageId: `sent-${index}`,
      trackId: toTrackId(`tt-bench-${index}`),
      subject: `Pilot proposal for ${company} (${index})`,
      sentDateTime: new Date(sentMs).toISOString(),
      conversationId: `conv-${index}`,
      internetMessageId: `<bench-${index}@contoso.com>`,
      recipients,
      status,
      events,
      ...(events.length === 0 ? {} : { lastEngagementAt: events[events.length - 1]?.at }),
      isUnseen: index % 7 === 0 && events.length > 0,
      followUp: isFlagged
        ? { state: "flagged", dueDateTime: new Date(sentMs + 3 * 86_400_000).toISOString() }
        : { state: "none" },
    };
  });
}
