// Contract check: every request the gateway makes, logged by the fake Graph, conforms to the official Graph description.
import { toTrackId } from "../../core/tracking/tracking-marker";
import { checkContractOf } from "./contract-check";
import { runBatch } from "./graph-batch";
import { GraphCalendarApi } from "./graph-calendar-api";
import { GraphMailApi } from "./graph-mail-api";
import type { InboxDeltaResult } from "../../ports/mail-api";

jest.setTimeout(30_000);

/** Every operation the gateway exposes, as `METHOD template` in the checker's words. */
const expectedOperations = [
  "GET /me",
  "GET /me/mailboxSettings",
  "POST /me/calendar/getSchedule",
  "GET /me/mailFolders/{id}/messages",
  "GET /me/messages/{id}",
  "POST /me/messages",
  "POST /me/messages/{id}/send",
  "GET /me/mailFolders/{id}/messages/delta",
  "POST /$batch",
  "PATCH /me/messages/{id}",
];

it("logs only contract-conforming requests and covers every gateway operation", async () => {
  const check = await checkContractOf("graph", async (bed) => {
    const mail = new GraphMailApi({ gateway: bed.gateway, pollIntervalMs: 100, maxPolls: 20 });
    const calendar = new GraphCalendarApi({ gateway: bed.gateway });
    const me = await calendar.getMe();
    await calendar.getMailboxSettings();
    await calendar.getSchedule({
      addresses: [me.mail ?? ""],
      window: { startUtc: "2025-03-13T08:00:00.000Z", endUtc: "2025-03-14T18:00:00.000Z" },
    });
    const [tracked] = await mail.listSentTracked({ maxMessages: 5 });
    await mail.listSentTracked({ maxMessages: 5, sentSince: "2025-03-01T00:00:00Z" });
    await mail.getMessage(tracked?.id ?? ("" as never));
    await mail.sendTracked({
      trackId: toTrackId("tt-contract-1"),
      subject: "Contract",
      bodyHtml: "<p>Hi</p>",
      to: [{ address: "lee.gu@fabrikam.com", name: "Lee Gu" }],
      cc: [{ address: "megan.bowen@contoso.com" }],
    });
    const first = await mail.inboxDelta({});
    await mail.inboxDelta({ deltaLink: first.kind === "changes" ? first.deltaLink : "" });
    await mail.listTrackedInConversation(tracked?.conversationId ?? "");
    const linkOf = (result: InboxDeltaResult) =>
      result.kind === "changes" ? result.deltaLink : "";
    const watched = await mail.watchedFoldersDelta({}, { maxPages: 1 });
    await mail.watchedFoldersDelta({
      inbox: linkOf(watched.inbox),
      junkemail: linkOf(watched.junkemail),
    });
    if (tracked)
      await mail.updateTrackedMessages([
        {
          id: tracked.id,
          trackId: tracked.trackId,
          stateJson: '{"v":1}',
          flag: { flagStatus: "flagged", dueDateTime: "2025-03-19T16:00:00.000Z" },
        },
      ]);
    await runBatch(
      bed.gateway,
      [{ method: "GET", url: `/me/messages/${tracked?.id ?? ""}?$select=id,subject` }],
      {
        scopes: ["Mail.Read"],
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        nowMs: Date.now,
      },
    );
    await bed.graph.settled();
  });

  expect(check.violations).toStrictEqual([]);
  expect([...check.operations].sort()).toStrictEqual([...expectedOperations].sort());
});
