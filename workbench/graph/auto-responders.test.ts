// Demo responders over HTTP: answers on the fake clock, threaded to what was sent; the control endpoint; inbound mail into Junk Email.
import { errorOf, startTestGraph, valuesOf } from "./test-support";
import type { FakeGraph } from "./fake-graph-server";
import type { Caller } from "./test-support";

let graph: FakeGraph;
let call: Caller;
const immutable = { Prefer: 'IdType="ImmutableId"' };
const kenji = { emailAddress: { address: "kenji.watanabe@fabrikam.com", name: "Kenji Watanabe" } };
const priya = { emailAddress: { address: "priya.raman@fabrikam.com", name: "Priya Raman" } };
const departed = { emailAddress: { address: "d.okafor@adatum.com", name: "Daniel Okafor" } };
const lee = { emailAddress: { address: "lee.gu@fabrikam.com", name: "Lee Gu" } };

beforeEach(async () => {
  ({ graph, call } = await startTestGraph({ seed: "empty", isClockFrozen: true }));
});
afterEach(async () => graph.close());

async function sendViaGraph(message: Record<string, unknown>): Promise<string> {
  const created = await call("POST", "/me/messages", {
    headers: immutable,
    body: { subject: "Pricing", body: { contentType: "html", content: "<p>Hi</p>" }, ...message },
  });
  const { id } = created.body as { id: string };
  expect((await call("POST", `/me/messages/${id}/send`)).status).toBe(202);
  return id;
}

async function folderMessages(folder: string): Promise<Array<Record<string, unknown>>> {
  return valuesOf(await call("GET", `/_fake/folders/${folder}/messages`));
}

function headersOf(message: Record<string, unknown> | undefined): Record<string, string> {
  const headers = (message?.internetMessageHeaders ?? []) as Array<{ name: string; value: string }>;
  return Object.fromEntries(headers.map((header) => [header.name, header.value]));
}

async function advanceClock(advanceMs: number): Promise<void> {
  expect((await call("POST", "/_fake/clock", { body: { advanceMs } })).status).toBe(200);
}

describe("demo responders", () => {
  it("answers a Graph send to Kenji 5 s later on the fake clock, threaded to the sent message", async () => {
    const sentId = await sendViaGraph({ toRecipients: [kenji] });
    await graph.settled();
    await advanceClock(4_999);
    const early = await folderMessages("inbox");
    await advanceClock(1);

    const [answer, ...others] = await folderMessages("inbox");

    const [delivery] = graph.deliveries();
    const sentCopy = graph.store.requireMessage(sentId);
    expect([early.length, others.length]).toStrictEqual([0, 0]);
    expect({
      subject: answer?.subject,
      from: answer?.from,
      conversationId: answer?.conversationId,
      isRead: answer?.isRead,
      receivedDateTime: answer?.receivedDateTime,
      inReplyTo: headersOf(answer)["In-Reply-To"],
      references: headersOf(answer)["References"],
      messageClass: answer?.singleValueExtendedProperties,
    }).toStrictEqual({
      subject: "RE: Pricing",
      from: kenji,
      conversationId: sentCopy.props.conversationId,
      isRead: false,
      receivedDateTime: "2025-03-12T17:00:05.000Z",
      inReplyTo: delivery?.internetMessageId,
      references: delivery?.internetMessageId,
      messageClass: [{ id: "String 0x001A", value: "IPM.Note" }],
    });
  });

  it("answers each responder among to, cc and bcc once, Outlook's own sends too, and never a silent address", async () => {
    await call("POST", "/_fake/responders", { body: { delayMs: 0 } });
    await sendViaGraph({
      toRecipients: [kenji, lee],
      ccRecipients: [priya],
      bccRecipients: [departed],
    });
    const hostSend = await call("POST", "/_fake/host/send", {
      body: { message: { subject: "From Outlook", toRecipients: [priya] } },
    });

    const subjects = (await folderMessages("inbox")).map((message) => message.subject).sort();

    expect(hostSend.status).toBe(202);
    expect(subjects).toStrictEqual([
      "Automatic reply: From Outlook",
      "Automatic reply: Pricing",
      "RE: Pricing",
      "Undeliverable: Pricing",
    ]);
  });

  it("ignores event invitations", async () => {
    graph.responders.configure({ delayMs: 0 });
    graph.responders.onDelivered(
      {
        deliveredAt: "2025-03-12T17:00:00.000Z",
        internetMessageId: "<invite@contoso.com>",
        to: ["kenji.watanabe@fabrikam.com"],
        cc: [],
        bcc: [],
        subject: "Intro call",
        markerProperties: {},
        via: "event-invitation",
      },
      {},
    );
    expect(await folderMessages("inbox")).toStrictEqual([]);
  });

  it("switches off (dropping pending answers) and on through /_fake/responders, and refuses a bad body", async () => {
    await sendViaGraph({ toRecipients: [kenji] });
    const pending = await call("GET", "/_fake/responders");
    const off = await call("POST", "/_fake/responders", { body: { isEnabled: false } });
    await advanceClock(10_000);
    const whileOff = await folderMessages("inbox");
    await call("POST", "/_fake/responders", { body: { isEnabled: true, delayMs: 1_000 } });
    await sendViaGraph({ toRecipients: [kenji] });
    await advanceClock(1_000);
    const bad = await call("POST", "/_fake/responders", { body: { delayMs: -1 } });

    expect(pending.body).toStrictEqual({
      isEnabled: true,
      delayMs: 5_000,
      pending: 1,
      responders: [
        {
          address: "kenji.watanabe@fabrikam.com",
          name: "Kenji Watanabe",
          answer: "human_reply",
          folder: "inbox",
        },
        {
          address: "priya.raman@fabrikam.com",
          name: "Priya Raman",
          answer: "out_of_office",
          folder: "inbox",
        },
        {
          address: "d.okafor@adatum.com",
          name: "Daniel Okafor",
          answer: "bounce",
          folder: "inbox",
        },
        {
          address: "sofia.marquez@northwindtraders.com",
          name: "Sofia Marquez",
          answer: "human_reply",
          folder: "junkemail",
        },
      ],
    });
    expect(off.body).toMatchObject({ isEnabled: false, pending: 0 });
    expect(whileOff).toStrictEqual([]);
    expect((await folderMessages("inbox")).map((message) => message.subject)).toStrictEqual([
      "RE: Pricing",
    ]);
    expect(errorOf(bad)).toStrictEqual({ status: 400, code: "BadRequest" });
  });

  it("puts a reply the junk filter took into Junk Email", async () => {
    await call("POST", "/_fake/responders", { body: { delayMs: 0 } });
    await sendViaGraph({
      toRecipients: [
        { emailAddress: { address: "Sofia.Marquez@northwindtraders.com", name: "Sofia" } },
      ],
    });

    const junk = await folderMessages("junkemail");

    expect([junk.map((m) => m.subject), (await folderMessages("inbox")).length]).toStrictEqual([
      ["RE: Pricing"],
      0,
    ]);
  });
});

describe("POST /_fake/inbound", () => {
  it("delivers into Junk Email when asked and refuses any other folder", async () => {
    const message = {
      subject: "Special offer",
      from: { emailAddress: { address: "deals@example.com" } },
    };
    const junk = await call("POST", "/_fake/inbound", { body: { message, folder: "junkemail" } });
    const drafts = await call("POST", "/_fake/inbound", { body: { message, folder: "drafts" } });
    const inbox = await call("POST", "/_fake/inbound", { body: { message } });

    expect([
      junk.status,
      (junk.body as { folder: string }).folder,
      (inbox.body as { folder: string }).folder,
    ]).toStrictEqual([201, "junkemail", "inbox"]);
    expect(errorOf(drafts)).toStrictEqual({ status: 400, code: "BadRequest" });
  });
});
