// A tracking service over FakeMailApi and an in-memory cursor store, with builders for tracked and inbound mail.
import { toInternetMessageId, toConversationId } from "../../../core/replies/inbound-message";
import { toTrackId } from "../../../core/tracking/tracking-marker";
import { toMessageId } from "../../../ports/mail-api";
import { FakeMailApi } from "../../../testing/fake-mail-api";
import { createTrackingService } from "../create-tracking-service";
import type { MailboxMessage, SentTrackedMessage } from "../../../ports/mail-api";
import type { TrackingCursor, TrackingCursorStore } from "../../../ports/tracking-cursor-store";
import type { TrackingService } from "../../tracking-service";
import type { TrackingSettings } from "../tracking-deps";

export const repAddress = "alex.wilber@contoso.com";
export const defaultSettings: TrackingSettings = {
  followUpDays: 3,
  repAddress,
  locale: "en-GB",
  timeZone: "Europe/London",
};

/** Cursor store in memory; `failWrites` makes the next writes reject like roaming settings can. */
export class MemoryCursorStore implements TrackingCursorStore {
  cursor: TrackingCursor | undefined;
  writeCount = 0;
  failWrites = false;

  read(): TrackingCursor | undefined {
    return this.cursor;
  }

  write(cursor: TrackingCursor): Promise<void> {
    this.writeCount += 1;
    if (this.failWrites) return Promise.reject(new Error("roaming settings unavailable"));
    this.cursor = cursor;
    return Promise.resolve();
  }
}

export interface TrackingTestBed {
  readonly mail: FakeMailApi;
  readonly store: MemoryCursorStore;
  /** The service under test; `reload()` replaces it as a pane reload would (memory lost). */
  service: TrackingService;
  settings: TrackingSettings;
  now: Date;
  reload(): void;
}

export function createTrackingTestBed(now = "2025-03-04T12:00:00.000Z"): TrackingTestBed {
  const mail = new FakeMailApi();
  const store = new MemoryCursorStore();
  const build = (): TrackingService =>
    createTrackingService({
      mail,
      cursorStore: store,
      now: () => bed.now,
      settings: () => bed.settings,
    });
  // The service's clock and settings read the bed at call time, so tests can move them.
  const bed: TrackingTestBed = {
    mail,
    store,
    settings: defaultSettings,
    now: new Date(now),
    service: build(),
    reload: () => {
      bed.service = build();
    },
  };
  return bed;
}

/** Tracked mail #n to ann@example.com, sent 2025-03-03 09:00 UTC, in conversation "conv-n". */
export function buildSent(
  n: number,
  overrides: Partial<SentTrackedMessage> = {},
): SentTrackedMessage {
  return {
    id: toMessageId(`sent-${n}`),
    trackId: toTrackId(`tt-${n}`),
    subject: `Proposal ${n}`,
    sentDateTime: "2025-03-03T09:00:00.000Z",
    conversationId: `conv-${n}`,
    internetMessageId: `<t${n}@contoso.com>`,
    to: [{ address: "ann@example.com", name: "Ann Lee" }],
    ...overrides,
  };
}

/** A human reply from ann@example.com to tracked mail #n. */
export function buildReply(n: number, overrides: Partial<MailboxMessage> = {}): MailboxMessage {
  return {
    id: toMessageId(`in-${n}`),
    internetMessageId: toInternetMessageId(`<reply-${n}@example.com>`),
    conversationId: toConversationId(`conv-${n}`),
    receivedDateTime: "2025-03-04T10:00:00Z",
    internetMessageHeaders: [{ name: "In-Reply-To", value: `<t${n}@contoso.com>` }],
    from: { name: "Ann Lee", address: "ann@example.com" },
    sender: { name: "Ann Lee", address: "ann@example.com" },
    toRecipients: [{ address: repAddress }],
    subject: `RE: Proposal ${n}`,
    body: { contentType: "text", content: "Thanks, Tuesday works." },
    ...overrides,
  };
}
