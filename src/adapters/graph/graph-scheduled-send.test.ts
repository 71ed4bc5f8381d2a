// GraphScheduledSend against the fake Graph over HTTP: held until the fake clock reaches the time, listed, cancelled, rescheduled.
import { toMessageId } from "../../ports/mail-api";
import { toScheduleId } from "../../ports/scheduled-send-api";
import { startTestBed, testBedNow, type TestBed } from "./fake-graph-test-bed";
import { GraphScheduledSend } from "./graph-scheduled-send";
import type { MessageId } from "../../ports/mail-api";

jest.setTimeout(30_000);

const inOneHour = new Date(testBedNow.getTime() + 3_600_000).toISOString();
const inTwoHours = new Date(testBedNow.getTime() + 7_200_000).toISOString();
const prospect = { address: "kenji.watanabe@fabrikam.com", name: "Kenji Watanabe" };

let bed: TestBed;
let api: GraphScheduledSend;

beforeEach(async () => {
  bed = await startTestBed();
  // Prospects answering on their own would add Inbox mail mid-test; these tests look at sends only.
  bed.graph.responders.settings = { ...bed.graph.responders.settings, isEnabled: false };
  api = new GraphScheduledSend({
    gateway: bed.gateway,
    pollIntervalMs: 20,
    maxPolls: 3,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  });
});
afterEach(() => bed.close());

async function control(path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${bed.graph.baseUrl}/_fake${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return response.json();
}

const tempoDeliveries = () =>
  bed.graph.deliveries().filter((delivery) => delivery.subject.startsWith("Scheduled"));

async function scheduleIntro(sendAtUtc = inOneHour): Promise<MessageId> {
  const outcome = await api.scheduleNew({
    scheduleId: toScheduleId("ts-1"),
    subject: "Scheduled intro",
    bodyHtml: "<p>Hello Kenji</p>",
    to: [prospect],
    sendAtUtc,
  });
  if (outcome.status !== "scheduled") throw outcome.reason;
  return outcome.messageId;
}

describe("GraphScheduledSend", () => {
  it("holds a scheduled message in Drafts, lists it, and delivers it once when the clock reaches it", async () => {
    const id = await scheduleIntro();
    const listed = await api.listScheduled({ nowUtc: testBedNow.toISOString(), maxMessages: 10 });
    expect(listed).toStrictEqual([
      {
        id,
        subject: "Scheduled intro",
        to: [prospect],
        sendAtUtc: new Date(inOneHour).toISOString(),
        conversationId: expect.any(String) as unknown as string,
        scheduleId: "ts-1",
      },
    ]);
    expect(tempoDeliveries()).toStrictEqual([]);

    await control("/clock", { set: new Date(testBedNow.getTime() + 3_601_000).toISOString() });
    await bed.graph.settled();
    expect(tempoDeliveries().map((delivery) => [delivery.subject, delivery.to])).toStrictEqual([
      ["Scheduled intro", [prospect.address]],
    ]);
    const after = await api.listScheduled({
      nowUtc: bed.graph.clock.now().toISOString(),
      maxMessages: 10,
    });
    expect(after).toStrictEqual([]);
  });

  it("schedules a draft Outlook saved, after setting its send time and marker", async () => {
    const saved = (await control("/host/drafts", {
      message: {
        subject: "Scheduled follow-up",
        body: { contentType: "html", content: "<p>Following up</p>" },
        toRecipients: [{ emailAddress: prospect }],
      },
    })) as { immutableId: string };
    const draftId = toMessageId(saved.immutableId);
    const outcome = await api.scheduleDraft({
      draftId,
      scheduleId: toScheduleId("ts-2"),
      sendAtUtc: inOneHour,
    });
    expect(outcome).toStrictEqual({
      status: "scheduled",
      messageId: draftId,
      sendAtUtc: inOneHour,
    });
    const [listed] = await api.listScheduled({ nowUtc: testBedNow.toISOString(), maxMessages: 10 });
    expect([listed?.id, listed?.scheduleId, listed?.sendAtUtc]).toStrictEqual([
      draftId,
      "ts-2",
      new Date(inOneHour).toISOString(),
    ]);
  });

  it("cancels back to a plain draft that never goes out", async () => {
    const id = await scheduleIntro();
    const draftId = await api.cancel(id);
    expect(draftId).not.toBe(id);
    const drafts = (await (
      await fetch(`${bed.graph.baseUrl}/_fake/folders/drafts/messages`)
    ).json()) as {
      value: Array<{
        immutableId: string;
        subject: string;
        heldUntil: string | null;
        singleValueExtendedProperties?: Array<{ id: string }>;
      }>;
    };
    const copy = drafts.value.find((message) => message.immutableId === draftId);
    expect([copy?.subject, copy?.heldUntil]).toStrictEqual(["Scheduled intro", null]);
    // No send time (and no tracking marker: the held one had none).
    expect((copy?.singleValueExtendedProperties ?? []).map((prop) => prop.id)).toStrictEqual([]);
    expect(drafts.value.some((message) => message.immutableId === id)).toBe(false);

    await control("/clock", { set: new Date(testBedNow.getTime() + 3 * 3_600_000).toISOString() });
    await bed.graph.settled();
    expect(tempoDeliveries()).toStrictEqual([]);
    expect(
      await api.listScheduled({ nowUtc: testBedNow.toISOString(), maxMessages: 10 }),
    ).toStrictEqual([]);
  });

  it("reschedules as cancel + schedule: delivered once, at the new time only", async () => {
    const id = await scheduleIntro();
    const outcome = await api.reschedule({
      id,
      scheduleId: toScheduleId("ts-1"),
      sendAtUtc: inTwoHours,
    });
    expect(outcome.status === "scheduled" && outcome.sendAtUtc).toBe(inTwoHours);

    await control("/clock", { set: new Date(testBedNow.getTime() + 3_601_000).toISOString() });
    await bed.graph.settled();
    expect(tempoDeliveries()).toStrictEqual([]);
    await control("/clock", { set: new Date(testBedNow.getTime() + 7_201_000).toISOString() });
    await bed.graph.settled();
    expect(tempoDeliveries().map((delivery) => delivery.subject)).toStrictEqual([
      "Scheduled intro",
    ]);
  });

  it("answers scheduled_send_gone when cancelling a send that already went out", async () => {
    const id = await scheduleIntro();
    await control("/clock", { set: new Date(testBedNow.getTime() + 3_601_000).toISOString() });
    await expect(api.cancel(id)).rejects.toMatchObject({ code: "scheduled_send_gone" });
  });

  it("never sends twice when the send's answer is lost: the held draft cannot be told from an unsent one", async () => {
    bed.graph.faults.add({ kind: "504-after", method: "POST", pathPattern: "/send$", count: 1 });
    await expect(scheduleIntro()).rejects.toMatchObject({ code: "schedule_outcome_unknown" });
    await control("/clock", { set: new Date(testBedNow.getTime() + 3_601_000).toISOString() });
    await bed.graph.settled();
    expect(tempoDeliveries().map((delivery) => delivery.subject)).toStrictEqual([
      "Scheduled intro",
    ]);
  });

  it("reads the Date header of the newest mail from an address", async () => {
    for (const [date, received] of [
      ["Mon, 9 Mar 2026 10:00:00 +0000", "2025-03-11T10:00:00Z"],
      ["Tue, 10 Mar 2026 09:15:00 +0530", "2025-03-12T10:00:00Z"],
    ] as const)
      await control("/inbound", {
        message: {
          subject: "Re: intro",
          from: { emailAddress: prospect },
          toRecipients: [{ emailAddress: { address: "adele.vance@contoso.com" } }],
          receivedDateTime: received,
          internetMessageHeaders: [{ name: "Date", value: date }],
        },
      });
    expect(await api.readLatestDateHeaderFrom(prospect.address)).toBe(
      "Tue, 10 Mar 2026 09:15:00 +0530",
    );
    expect(await api.readLatestDateHeaderFrom("nobody@nowhere.example")).toBeUndefined();
  });
});
