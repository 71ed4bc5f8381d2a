// The read pane's question: is the open message engagement on tracked mail, and what does the info bar say?
import { toConversationId, toInternetMessageId } from "../../core/replies/inbound-message";
import { toMessageId } from "../../ports/mail-api";
import {
  buildReply,
  buildSent,
  createTrackingTestBed,
  repAddress,
} from "./__fixtures__/tracking-test-bed";

describe("describeOpenMessage", () => {
  it("uses the event a refresh stored, found by the open message's Message-ID", async () => {
    const bed = createTrackingTestBed();
    bed.mail.addSent(buildSent(1));
    bed.mail.deliver("inbox", buildReply(1));
    await bed.service.refresh();
    bed.mail.calls.length = 0;

    const info = await bed.service.describeOpenMessage({
      conversationId: "conv-1",
      internetMessageId: "<REPLY-1@example.com>",
      restId: "rest-id-not-immutable",
    });

    expect(info).toMatchObject({
      kind: "engagement",
      infoBarText: "Replied to your tracked email of Mon 3 Mar",
      tracked: { messageId: "sent-1", status: "replied", isUnseen: true },
    });
    expect(bed.mail.calls.map((call) => call.method)).toStrictEqual(["listTrackedInConversation"]);
  });

  it("classifies the open message on the spot when no refresh recorded it yet, writing nothing", async () => {
    const bed = createTrackingTestBed();
    bed.settings = { ...bed.settings, locale: "en-US", timeZone: "America/Los_Angeles" };
    bed.mail.addSent(buildSent(1, { sentDateTime: "2025-03-03T07:00:00.000Z" }));
    bed.mail.deliver(
      "inbox",
      buildReply(1, {
        subject: "Automatic reply: Proposal 1",
        internetMessageHeaders: [
          { name: "In-Reply-To", value: "<t1@contoso.com>" },
          { name: "Auto-Submitted", value: "auto-replied" },
        ],
        body: { contentType: "text", content: "I am out of the office until Monday." },
      }),
    );

    const info = await bed.service.describeOpenMessage({
      conversationId: "conv-1",
      restId: "in-1",
    });

    expect(info).toMatchObject({
      kind: "engagement",
      // Sent 07:00 UTC on Monday is still Sunday in Los Angeles.
      infoBarText: "Out of office reply to your tracked email of Sun, Mar 2",
      tracked: { messageId: "sent-1", status: "auto_replied" },
    });
    expect(bed.mail.calls.map((call) => call.method)).toStrictEqual([
      "listTrackedInConversation",
      "getMessage",
    ]);
    expect(bed.mail.readSent("sent-1")?.stateJson).toBeUndefined();
  });

  it.each([
    { name: "mail with no conversation", ref: { restId: "in-1" } },
    { name: "mail outside tracked threads", ref: { conversationId: "conv-9", restId: "in-9" } },
    {
      name: "a message Graph does not know yet",
      ref: { conversationId: "conv-1", restId: "nope" },
    },
    { name: "the rep's own mail in the thread", ref: { conversationId: "conv-1", restId: "in-5" } },
  ])("says not tracked for $name", async ({ ref }) => {
    const bed = createTrackingTestBed();
    bed.mail.addSent(buildSent(1));
    bed.mail.deliver("inbox", {
      ...buildReply(1),
      id: toMessageId("in-5"),
      internetMessageId: toInternetMessageId("<mine@contoso.com>"),
      conversationId: toConversationId("conv-1"),
      from: { address: repAddress },
      sender: { address: repAddress },
    });

    await expect(bed.service.describeOpenMessage(ref)).resolves.toStrictEqual({
      kind: "not_tracked",
    });
  });
});
