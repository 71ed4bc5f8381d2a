// The panes' view of tracked mail: one email, the ordered snapshot, and the read pane's info-bar text.
import { buildEvent, buildTrackedEmail, buildTrackedMessage } from "./__fixtures__/build-tracking";
import { toTrackId } from "./tracking-marker";
import { createTrackingState, type TrackingState } from "./tracking-state";
import {
  buildSnapshot,
  buildTrackedEmail as buildEmailView,
  describeEngagement,
} from "./tracked-email-view";
import type { EngagementEvent } from "./tracked-email";

const replyFromAnn = buildEvent();
const engaged: TrackingState = {
  ...createTrackingState(),
  status: "replied",
  recipients: [{ address: "ann@example.com", status: "replied" }],
  events: [replyFromAnn],
  unseenKeys: [replyFromAnn.key],
};

describe("buildTrackedEmail", () => {
  it("joins the Sent Items message and its state into what the panes show", () => {
    const message = buildTrackedMessage({
      to: [{ address: "Ann@Example.com", name: "Ann Lee" }],
      cc: [{ address: "bob@example.com" }, { address: "ann@example.com", name: "dup" }],
    });
    expect(buildEmailView({ message, state: engaged })).toStrictEqual({
      messageId: "sent-1",
      trackId: toTrackId("tt-1"),
      subject: "Proposal",
      sentDateTime: "2025-03-03T09:00:00.000Z",
      conversationId: "conv-1",
      internetMessageId: "<t1@contoso.com>",
      recipients: [
        { address: "ann@example.com", name: "Ann Lee", status: "replied" },
        { address: "bob@example.com", status: "awaiting" },
      ],
      status: "replied",
      events: [replyFromAnn],
      lastEngagementAt: "2025-03-05T10:00:00.000Z",
      isUnseen: true,
      followUp: { state: "none" },
    });
  });

  it("keeps markup in subjects and names as text and cuts a 1 MB subject to 255 characters", () => {
    const message = buildTrackedMessage({
      subject: `<script>alert(1)</script>\u0000\u202e${"x".repeat(1024 * 1024)}`,
      to: [{ address: "ann@example.com", name: "<img src=x onerror=alert(1)>\u0007\r\nAnn" }],
      sentDateTime: undefined,
      conversationId: undefined,
      internetMessageId: undefined,
    });
    const view = buildEmailView({ message, state: createTrackingState() });
    expect(view).toStrictEqual({
      messageId: "sent-1",
      trackId: toTrackId("tt-1"),
      subject: `<script>alert(1)</script> ${"x".repeat(228)}…`,
      recipients: [
        {
          address: "ann@example.com",
          name: "<img src=x onerror=alert(1)> Ann",
          status: "awaiting",
        },
      ],
      status: "awaiting",
      events: [],
      isUnseen: false,
      followUp: { state: "none" },
    });
    expect(view.subject).toHaveLength(255);
  });
});

describe("buildSnapshot", () => {
  it("lists newest engagement first, then never-engaged mail newest sent first, and counts unseen", () => {
    const emails = [
      buildTrackedEmail({ messageId: "quiet-old", sentDateTime: "2025-03-01T09:00:00.000Z" }),
      buildTrackedEmail({
        messageId: "engaged-old",
        sentDateTime: "2025-03-09T09:00:00.000Z",
        lastEngagementAt: "2025-03-10T09:00:00.000Z",
      }),
      buildTrackedEmail({ messageId: "quiet-new", sentDateTime: "2025-03-20T09:00:00.000Z" }),
      buildTrackedEmail({
        messageId: "engaged-new",
        sentDateTime: "2025-03-02T09:00:00.000Z",
        lastEngagementAt: "2025-03-15T09:00:00.000Z",
        isUnseen: true,
      }),
      buildTrackedEmail({ messageId: "quiet-b", sentDateTime: undefined }),
      buildTrackedEmail({ messageId: "quiet-a", sentDateTime: undefined, isUnseen: true }),
    ];
    const snapshot = buildSnapshot({ emails, syncedAt: "2025-03-21T00:00:00.000Z" });
    expect(snapshot).toStrictEqual({
      emails: [emails[3], emails[1], emails[2], emails[0], emails[5], emails[4]],
      unseenCount: 2,
      syncedAt: "2025-03-21T00:00:00.000Z",
    });
    expect(emails.map((email) => email.messageId)[0]).toBe("quiet-old");
  });
});

function describeAt(
  overrides: Partial<EngagementEvent>,
  sentDateTime: string | null = "2026-11-03T10:00:00Z",
  locale = "en-GB",
  timeZone = "Europe/London",
): string {
  const event = buildEvent(overrides);
  return describeEngagement({ event, sentDateTime: sentDateTime ?? undefined, locale, timeZone });
}

describe("describeEngagement", () => {
  it.each([
    {
      name: "a reply",
      text: describeAt({}),
      expected: "Replied to your tracked email of Tue 3 Nov",
    },
    {
      name: "an out-of-office reply",
      text: describeAt({ kind: "auto_reply", autoReplyReason: "out_of_office" }),
      expected: "Out of office reply to your tracked email of Tue 3 Nov",
    },
    {
      name: "another automatic reply",
      text: describeAt({ kind: "auto_reply", autoReplyReason: "auto_acknowledgement" }),
      expected: "Automatic reply to your tracked email of Tue 3 Nov",
    },
    {
      name: "a hard bounce",
      text: describeAt({ kind: "bounce", bounce: "hard", recipient: "bob@example.com" }),
      expected: "Bounced: your tracked email of Tue 3 Nov did not reach bob@example.com",
    },
    {
      name: "a soft bounce for no known recipient",
      text: describeAt({ kind: "bounce", bounce: "soft", recipient: undefined }),
      expected: "Delivery delayed: your tracked email of Tue 3 Nov is not delivered yet",
    },
    {
      name: "a read receipt",
      text: describeAt({ kind: "read_receipt" }),
      expected: "Read receipt for your tracked email of Tue 3 Nov",
    },
    {
      name: "an unsubscribe request",
      text: describeAt({ kind: "unsubscribe_request" }),
      expected: "Unsubscribe request about your tracked email of Tue 3 Nov",
    },
    {
      name: "a reply in US English in New York",
      text: describeAt({}, "2026-11-03T10:00:00Z", "en-US", "America/New_York"),
      expected: "Replied to your tracked email of Tue, Nov 3",
    },
    {
      name: "a reply to mail sent late on Tuesday UTC, read in Kolkata (already Wednesday)",
      text: describeAt({}, "2026-11-03T20:00:00Z", "en-GB", "Asia/Kolkata"),
      expected: "Replied to your tracked email of Wed 4 Nov",
    },
    {
      name: "a reply with an unknown locale and zone (falls back to en-GB in UTC)",
      text: describeAt({}, "2026-11-03T10:00:00Z", "not a locale!", "Mars/Olympus"),
      expected: "Replied to your tracked email of Tue 3 Nov",
    },
    {
      name: "a reply to mail with no send time",
      text: describeAt({}, null),
      expected: "Replied to your tracked email",
    },
  ])("describes $name", ({ text, expected }) => {
    expect(text).toBe(expected);
  });

  it("cuts a hostile bounced address to stay within 150 characters", () => {
    const text = describeAt({
      kind: "bounce",
      bounce: "hard",
      recipient: `${"a".repeat(300)}@example.com`,
    });
    expect(text).toBe(`Bounced: your tracked email of Tue 3 Nov did not reach ${"a".repeat(94)}…`);
    expect(text).toHaveLength(150);
  });
});
