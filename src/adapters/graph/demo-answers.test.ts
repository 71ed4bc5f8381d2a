// End to end on the fake Graph: tracked mail to the demo responders → answers arrive on the fake clock → watched-folder delta → classified.
import { classifyReply } from "../../core/replies/classify-reply";
import { toTrackId } from "../../core/tracking/tracking-marker";
import { startTestBed } from "./fake-graph-test-bed";
import { GraphMailApi } from "./graph-mail-api";
import type { InboxDeltaResult, MailboxMessage, WatchedFolder } from "../../ports/mail-api";
import type { TestBed } from "./fake-graph-test-bed";

jest.setTimeout(20_000);

let bed: TestBed;
let mail: GraphMailApi;

beforeEach(async () => {
  bed = await startTestBed();
  bed.graph.responders.configure({ isEnabled: true, delayMs: 60_000 });
  mail = new GraphMailApi({ gateway: bed.gateway, pollIntervalMs: 100, maxPolls: 20 });
});
afterEach(() => bed.close());

const recipients = {
  "tt-kenji": "kenji.watanabe@fabrikam.com",
  "tt-priya": "priya.raman@fabrikam.com",
  "tt-departed": "d.okafor@adatum.com",
  "tt-sofia": "sofia.marquez@northwindtraders.com",
  "tt-silent": "lee.gu@fabrikam.com",
} as const;

function linksOf(round: Record<WatchedFolder, InboxDeltaResult>): Record<WatchedFolder, string> {
  const linkOf = (result: InboxDeltaResult) => (result.kind === "changes" ? result.deltaLink : "");
  return { inbox: linkOf(round.inbox), junkemail: linkOf(round.junkemail) };
}

function newMessages(round: Record<WatchedFolder, InboxDeltaResult>) {
  return (["inbox", "junkemail"] as const).flatMap((folder) => {
    const result = round[folder];
    return result.kind === "changes" ? result.messages.map((message) => ({ folder, message })) : [];
  });
}

function headerOf(message: MailboxMessage, name: string): string | undefined {
  return message.internetMessageHeaders?.find((h) => h.name.toLowerCase() === name)?.value;
}

async function advanceFakeClock(ms: number): Promise<void> {
  const response = await fetch(`${bed.graph.baseUrl}/_fake/clock`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ advanceMs: ms }),
  });
  expect(response.status).toBe(200);
}

it("classifies each demo answer as intended, threaded to the tracked mail it answers", async () => {
  const links = linksOf(await mail.watchedFoldersDelta({}));
  for (const [trackId, address] of Object.entries(recipients))
    await mail.sendTracked({
      trackId: toTrackId(trackId),
      subject: `Contoso for ${address.split("@")[1] ?? ""}`,
      bodyHtml: "<p>Hello, worth a <b>20-minute</b> call next week?</p>",
      to: [{ address }],
    });
  await bed.graph.settled();
  const beforeDelay = await mail.watchedFoldersDelta(links);
  await advanceFakeClock(60_000);

  const afterDelay = await mail.watchedFoldersDelta(linksOf(beforeDelay));

  expect(newMessages(beforeDelay)).toStrictEqual([]);
  const tracked = await mail.listSentTracked({ maxMessages: 50 });
  const outcomes = await Promise.all(
    newMessages(afterDelay).map(async ({ folder, message }) => {
      const answered = tracked.find((t) => t.conversationId === message.conversationId);
      const full = await mail.getMessage(message.id);
      const isThreaded =
        headerOf(message, "in-reply-to") === answered?.internetMessageId &&
        headerOf(message, "references") === answered?.internetMessageId;
      return {
        trackId: answered?.trackId,
        folder,
        isThreaded,
        messageClass: full.messageClass,
        verdict: classifyReply(full),
      };
    }),
  );
  const sentIdOf = (trackId: string) =>
    tracked.find((t) => t.trackId === trackId)?.internetMessageId;
  expect(outcomes.sort((a, b) => (a.trackId ?? "").localeCompare(b.trackId ?? ""))).toStrictEqual([
    {
      trackId: "tt-departed",
      folder: "inbox",
      isThreaded: true,
      messageClass: "REPORT.IPM.Note.NDR",
      verdict: {
        kind: "bounce",
        severity: "hard",
        failedRecipients: ["d.okafor@adatum.com"],
        statusCode: "5.1.1",
        reason: "Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
        originalMessageId: sentIdOf("tt-departed"),
      },
    },
    {
      trackId: "tt-kenji",
      folder: "inbox",
      isThreaded: true,
      messageClass: "IPM.Note",
      verdict: { kind: "human_reply" },
    },
    {
      trackId: "tt-priya",
      folder: "inbox",
      isThreaded: true,
      messageClass: "IPM.Note.Rules.OofTemplate.Microsoft",
      verdict: { kind: "auto_reply", reason: "out_of_office" },
    },
    {
      trackId: "tt-sofia",
      folder: "junkemail",
      isThreaded: true,
      messageClass: "IPM.Note",
      verdict: { kind: "human_reply" },
    },
  ]);
});

it("answers at once with a zero delay and classifies from headers and text alone", async () => {
  bed.graph.responders.configure({ delayMs: 0 });
  const links = linksOf(await mail.watchedFoldersDelta({}));
  for (const [trackId, address] of Object.entries(recipients))
    await mail.sendTracked({
      trackId: toTrackId(trackId),
      subject: "Quick question",
      bodyHtml: "<p>Hi</p>",
      to: [{ address }],
    });

  const answers = newMessages(await mail.watchedFoldersDelta(links));

  const verdicts = await Promise.all(
    answers.map(async ({ message }) => {
      const { messageClass, ...withoutClass } = await mail.getMessage(message.id);
      return [messageClass === undefined, classifyReply(withoutClass).kind] as const;
    }),
  );
  expect(verdicts.map(([, kind]) => kind).sort()).toStrictEqual([
    "auto_reply",
    "bounce",
    "human_reply",
    "human_reply",
  ]);
  expect(verdicts.filter(([isClassMissing]) => isClassMissing)).toStrictEqual([]);
});
