// Builders for tracking tests: engagement events and tracked Sent Items messages, overridable per test.
import { toTrackId } from "../tracking-marker";
import type { TrackedEmail, EngagementEvent } from "../tracked-email";
import type { TrackedViewSource } from "../tracked-email-view";

/** A human reply from ann@example.com on 2025-03-05; every field can be overridden. */
export function buildEvent(overrides: Partial<EngagementEvent> = {}): EngagementEvent {
  return {
    key: "<reply-1@example.com>",
    kind: "human_reply",
    at: "2025-03-05T10:00:00.000Z",
    recipient: "ann@example.com",
    summary: "Replied",
    inboundMessageId: "in-1",
    ...overrides,
  };
}

/** A tracked message to ann@example.com sent 2025-03-03 09:00 UTC in conversation "conv-1". */
export function buildTrackedMessage(overrides: Partial<TrackedViewSource> = {}): TrackedViewSource {
  return {
    id: "sent-1",
    trackId: toTrackId("tt-1"),
    subject: "Proposal",
    sentDateTime: "2025-03-03T09:00:00.000Z",
    conversationId: "conv-1",
    internetMessageId: "<t1@contoso.com>",
    to: [{ address: "ann@example.com", name: "Ann Lee" }],
    ...overrides,
  };
}

/** A TrackedEmail with no engagement; for snapshot ordering tests. */
export function buildTrackedEmail(overrides: Partial<TrackedEmail> = {}): TrackedEmail {
  return {
    messageId: "sent-1",
    trackId: toTrackId("tt-1"),
    subject: "Proposal",
    sentDateTime: "2025-03-03T09:00:00.000Z",
    recipients: [],
    status: "awaiting",
    events: [],
    isUnseen: false,
    followUp: { state: "none" },
    ...overrides,
  };
}
