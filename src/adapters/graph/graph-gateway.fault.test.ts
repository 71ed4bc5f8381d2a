// The fault suite: real HTTP against the fake Graph with injected 429 storms, 503s, 504s after commit,
// dropped connections and expired tokens. Every operation must complete or fail with the right code,
// no retry may start before its Retry-After, never more than 4 requests in flight, one delivery per send.
import { isAppError } from "../../core/errors/app-error";
import { tempoTrackIdPropertyId, toTrackId } from "../../core/tracking/tracking-marker";
import { startTestBed } from "./fake-graph-test-bed";
import { findRetryAfterViolations, summarize } from "./fault-suite-checks";
import { runBatch } from "./graph-batch";
import { GraphCalendarApi } from "./graph-calendar-api";
import { GraphMailApi } from "./graph-mail-api";
import type { SendOutcome } from "../../ports/mail-api";
import type { TestBed } from "./fake-graph-test-bed";

jest.setTimeout(40_000);

let bed: TestBed;
let mail: GraphMailApi;
let calendar: GraphCalendarApi;

beforeEach(async () => {
  bed = await startTestBed({
    gateway: {
      retryLimits: { maxAttempts: 4, maxTotalWaitMs: 10_000, backoffBaseMs: 50, backoffCapMs: 400 },
      requestTimeoutMs: 5_000,
    },
  });
  mail = new GraphMailApi({ gateway: bed.gateway, pollIntervalMs: 150, maxPolls: 20 });
  calendar = new GraphCalendarApi({ gateway: bed.gateway });
});
afterEach(() => bed.close());

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function draftFor(index: number) {
  return {
    trackId: toTrackId(`tt-fault-${index}`),
    subject: `Fault ${index}`,
    bodyHtml: `<p>Hello ${index}</p>`,
    to: [{ address: "lee.gu@fabrikam.com" }],
  };
}

/** Deliveries of each tracked send, event invitations left out. */
async function deliveriesByTrackId(): Promise<Map<string, number>> {
  await bed.graph.settled();
  const counts = new Map<string, number>();
  for (const delivery of bed.graph.deliveries().filter((d) => d.via !== "event-invitation")) {
    const trackId = delivery.markerProperties[tempoTrackIdPropertyId] ?? "";
    counts.set(trackId, (counts.get(trackId) ?? 0) + 1);
  }
  return counts;
}

function expectOneDeliveryPerSent(outcomes: SendOutcome[], counts: Map<string, number>): void {
  const expected = outcomes.map((outcome, index) => [
    `tt-fault-${index}`,
    outcome.status === "sent" ? 1 : 0,
  ]);
  const actual = outcomes.map((_, index) => [
    `tt-fault-${index}`,
    counts.get(`tt-fault-${index}`) ?? 0,
  ]);
  expect(actual).toStrictEqual(expected);
}

function codesOf(results: PromiseSettledResult<unknown>[]): string[] {
  return results.map((result) =>
    result.status === "fulfilled"
      ? "ok"
      : isAppError(result.reason)
        ? result.reason.code
        : "not_an_app_error",
  );
}

describe("Graph gateway under faults", () => {
  it("rides out a 429 storm on 30% of requests: reads complete or end graph_throttled, sends deliver once", async () => {
    bed.graph.faults.add({ kind: "429", probability: 0.3, retryAfterSeconds: 1 });
    const window = { startUtc: "2025-03-13T08:00:00.000Z", endUtc: "2025-03-14T18:00:00.000Z" };
    const reads = await Promise.allSettled([
      ...Array.from({ length: 6 }, () => calendar.getMe()),
      ...Array.from({ length: 4 }, () => calendar.getMailboxSettings()),
      ...Array.from({ length: 4 }, () =>
        calendar.getSchedule({ addresses: ["alex.wilber@contoso.com"], window }),
      ),
      mail.listSentTracked({ maxMessages: 20 }),
      mail.inboxDelta({}),
    ]);
    const sends = await Promise.all(
      Array.from({ length: 8 }, (_, index) => mail.sendTracked(draftFor(index))),
    );

    expect(
      codesOf(reads).filter((code) => code !== "ok" && code !== "graph_throttled"),
    ).toStrictEqual([]);
    expect(
      sends.filter((s) => s.status === "not_sent" && s.reason.code !== "graph_throttled"),
    ).toStrictEqual([]);
    expectOneDeliveryPerSent(sends, await deliveriesByTrackId());
    expect(findRetryAfterViolations(bed)).toStrictEqual([]);
    const figures = summarize(bed, "429 storm 30%");
    expect(figures.throttled).toBeGreaterThan(0);
    expect(figures.maxInFlight).toBeLessThanOrEqual(4);
    expect(figures.mailboxConcurrency429).toBe(0);
  });

  it("retries reads through 503s and never repeats a send after one", async () => {
    bed.graph.faults.add({ kind: "503", method: "GET", probability: 0.4 });
    bed.graph.faults.add({ kind: "503", method: "POST", pathPattern: "/send$", count: 2 });
    const reads = await Promise.allSettled(Array.from({ length: 10 }, () => calendar.getMe()));
    const sends = await Promise.all([0, 1, 2].map((index) => mail.sendTracked(draftFor(index))));

    expect(codesOf(reads).filter((code) => code !== "ok" && code !== "graph_failed")).toStrictEqual(
      [],
    );
    // A 503 to a send is an unknown outcome: Tempo looks for the marker, finds the draft unsent, sends it again.
    expect(sends.map((s) => s.status)).toStrictEqual(["sent", "sent", "sent"]);
    expectOneDeliveryPerSent(sends, await deliveriesByTrackId());
    expect(summarize(bed, "503").maxInFlight).toBeLessThanOrEqual(4);
  });

  it("treats a 504 after the send committed as sent, finds the Sent copy, and delivers once", async () => {
    bed.graph.faults.add({ kind: "504-after", method: "POST", pathPattern: "/send$", count: 4 });
    const sends = await Promise.all([0, 1, 2, 3].map((index) => mail.sendTracked(draftFor(index))));

    expect(sends.map((s) => s.status === "sent" && typeof s.sentMessageId)).toStrictEqual([
      "string",
      "string",
      "string",
      "string",
    ]);
    expectOneDeliveryPerSent(sends, await deliveriesByTrackId());
    const sendPosts = bed.attempts.filter((a) => a.method === "POST" && a.path.endsWith("/send"));
    expect(sendPosts.length).toBe(4);
  });

  it("re-sends after a dropped connection only once the draft is seen unsent, and delivers once", async () => {
    bed.graph.faults.add({ kind: "drop", method: "POST", pathPattern: "/send$", count: 3 });
    const sends = await Promise.all([0, 1, 2].map((index) => mail.sendTracked(draftFor(index))));

    expect(sends.map((s) => s.status)).toStrictEqual(["sent", "sent", "sent"]);
    expectOneDeliveryPerSent(sends, await deliveriesByTrackId());
    const sendPosts = bed.attempts.filter((a) => a.method === "POST" && a.path.endsWith("/send"));
    expect(sendPosts.length).toBe(6);
  });

  it("does not duplicate a draft when its creation answered 504 after commit", async () => {
    bed.graph.faults.add({
      kind: "504-after",
      method: "POST",
      pathPattern: "^/me/messages$",
      count: 2,
    });
    const sends = await Promise.all([0, 1].map((index) => mail.sendTracked(draftFor(index))));
    await bed.graph.settled();

    expect(sends.map((s) => s.status)).toStrictEqual(["sent", "sent"]);
    expectOneDeliveryPerSent(sends, await deliveriesByTrackId());
    const creates = bed.attempts.filter((a) => a.method === "POST" && a.path === "/me/messages");
    expect(creates.length).toBe(2);
  });

  it("answers an expired token with one forced refresh, and a second 401 with graph_unauthorized", async () => {
    bed.graph.faults.add({ kind: "401-expired", count: 1 });
    const me = await calendar.getMe();
    expect(me.displayName).toBe("Alex Wilber");
    expect(bed.tokens.requests.map((r) => r.forceRefresh ?? false)).toStrictEqual([false, true]);

    bed.graph.faults.add({ kind: "401-expired", count: 5 });
    const error: unknown = await calendar.getMe().catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("graph_unauthorized");
    expect(bed.tokens.requests.length).toBe(4);
  });

  it("keeps 40 concurrent reads and a batch within 4 in flight, so MailboxConcurrency never fires", async () => {
    bed.graph.faults.add({ kind: "latency", latencyMs: 60 });
    const [messages] = await Promise.all([mail.listSentTracked({ maxMessages: 20 })]);
    const ids = messages.map((m) => m.id);
    const reads = Promise.allSettled(ids.concat(ids).map((id) => mail.getMessage(id)));
    const batch = runBatch(
      bed.gateway,
      ids.map((id) => ({ method: "GET" as const, url: `/me/messages/${id}?$select=id,subject` })),
      { scopes: ["Mail.Read"], sleep, nowMs: Date.now },
    );
    const [readResults, batchResults] = await Promise.all([reads, batch]);

    expect(codesOf(readResults).every((code) => code === "ok")).toBe(true);
    expect(batchResults.every((r) => r.ok)).toBe(true);
    const figures = summarize(bed, "concurrency");
    expect(figures.mailboxConcurrency429).toBe(0);
    expect(figures.maxInFlight).toBeLessThanOrEqual(4);
    expect(bed.graph.requests().filter((r) => r.status === 429)).toStrictEqual([]);
  });

  it("retries throttled batch items after their own Retry-After and answers every item in order", async () => {
    for (let index = 0; index < 30; index += 1)
      bed.graph.store.addMessage({ folder: "drafts", props: { subject: `Filler ${index}` } });
    const { body } = await bed.gateway.call<{ value: Array<{ id: string }> }>({
      method: "GET",
      path: "/me/messages",
      query: { $select: "id", $top: "45" },
      scopes: ["Mail.Read"],
    });
    const ids = body.value.map((m) => m.id);
    expect(new Set(ids).size).toBe(45);
    bed.graph.faults.add({
      kind: "429",
      method: "GET",
      pathPattern: "^/me/messages/",
      probability: 0.3,
      count: 12,
      retryAfterSeconds: 1,
    });
    const items = ids.map((id) => ({
      method: "GET" as const,
      url: `/me/messages/${id}?$select=id`,
    }));
    const results = await runBatch(bed.gateway, items, {
      scopes: ["Mail.Read"],
      sleep,
      nowMs: Date.now,
      maxThrottleRounds: 5,
    });

    expect(
      results.map((r) => (r.ok ? (r.body as { id?: string }).id : r.error.code)),
    ).toStrictEqual(items.map((item) => item.url.split("/")[3]?.split("?")[0]));
    const itemRecords = bed.graph.requests().filter((r) => r.batchParent !== undefined);
    const early = itemRecords.filter((record, index) => {
      if (record.status !== 429) return false;
      const retry = itemRecords.slice(index + 1).find((r) => r.path === record.path);
      return retry !== undefined && retry.startedAtMs < record.startedAtMs + 1000;
    });
    expect(early).toStrictEqual([]);
    expect(bed.attempts.filter((a) => a.path === "/$batch").length).toBeGreaterThan(3);
    summarize(bed, "batch 429 items");
  });
});
