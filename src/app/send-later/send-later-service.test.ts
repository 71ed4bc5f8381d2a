// Send-later use cases against in-memory fakes of the scheduling, compose and settings ports: calls made and results.
import { createAppError } from "../../core/errors/app-error";
import { toMessageId } from "../../ports/mail-api";
import { toScheduleId } from "../../ports/scheduled-send-api";
import { createSendLaterService } from "./send-later-service";
import type { RecentReply } from "../../core/scheduling/send-later-settings";
import type { MessageId } from "../../ports/mail-api";
import type {
  ComposeDelivery,
  ComposeDeliveryCapability,
  NewScheduledMessage,
  ScheduledMessage,
  ScheduledSendApi,
  ScheduleId,
  ScheduleOutcome,
  SendLaterSettings,
} from "../../ports/scheduled-send-api";

const now = new Date("2026-03-10T12:00:00Z");
const inOneHour = "2026-03-10T13:00:00.000Z";

class FakeScheduledSendApi implements ScheduledSendApi {
  readonly calls: string[] = [];
  scheduled: ScheduledMessage[] = [];
  failCancelFor = new Set<string>();
  dateHeader: string | undefined = undefined;

  scheduleDraft(options: {
    draftId: MessageId;
    scheduleId: ScheduleId;
    sendAtUtc: string;
  }): Promise<ScheduleOutcome> {
    this.calls.push(`scheduleDraft ${options.draftId} ${options.scheduleId} ${options.sendAtUtc}`);
    return Promise.resolve({
      status: "scheduled",
      messageId: options.draftId,
      sendAtUtc: options.sendAtUtc,
    });
  }
  scheduleNew(message: NewScheduledMessage): Promise<ScheduleOutcome> {
    this.calls.push(`scheduleNew ${message.subject}`);
    return Promise.resolve({
      status: "scheduled",
      messageId: toMessageId("new"),
      sendAtUtc: message.sendAtUtc,
    });
  }
  listScheduled(options: { nowUtc: string; maxMessages: number }): Promise<ScheduledMessage[]> {
    this.calls.push(`listScheduled ${options.nowUtc} ${options.maxMessages}`);
    return Promise.resolve(this.scheduled);
  }
  cancel(id: MessageId): Promise<MessageId> {
    this.calls.push(`cancel ${id}`);
    if (this.failCancelFor.has(id)) return Promise.reject(createAppError("graph_not_found"));
    this.scheduled = this.scheduled.filter((message) => message.id !== id);
    return Promise.resolve(toMessageId(`${id}-draft`));
  }
  reschedule(options: {
    id: MessageId;
    scheduleId: ScheduleId;
    sendAtUtc: string;
  }): Promise<ScheduleOutcome> {
    this.calls.push(`reschedule ${options.id} ${options.scheduleId} ${options.sendAtUtc}`);
    return Promise.resolve({
      status: "scheduled",
      messageId: toMessageId("re"),
      sendAtUtc: options.sendAtUtc,
    });
  }
  readLatestDateHeaderFrom(address: string): Promise<string | undefined> {
    this.calls.push(`readLatestDateHeaderFrom ${address}`);
    return Promise.resolve(this.dateHeader);
  }
}

class FakeCompose implements ComposeDelivery {
  readonly calls: string[] = [];
  capability: ComposeDeliveryCapability = { kind: "delay_delivery", isCancellableAfterSend: true };
  delay: string | undefined = undefined;
  isCloseFailing = false;
  readCapability(): ComposeDeliveryCapability {
    return this.capability;
  }
  readDelay(): Promise<string | undefined> {
    return Promise.resolve(this.delay);
  }
  setDelay(sendAtUtc: string | undefined): Promise<void> {
    this.calls.push(`setDelay ${String(sendAtUtc)}`);
    this.delay = sendAtUtc;
    return Promise.resolve();
  }
  saveDraft(): Promise<MessageId> {
    this.calls.push("saveDraft");
    return Promise.resolve(toMessageId("saved-draft"));
  }
  close(): Promise<void> {
    this.calls.push("close");
    return this.isCloseFailing
      ? Promise.reject(createAppError("office_call_failed"))
      : Promise.resolve();
  }
  readConversationId(): string | undefined {
    return undefined;
  }
  recordDraftStart(nowUtc: string): Promise<void> {
    this.calls.push(`recordDraftStart ${nowUtc}`);
    return Promise.resolve();
  }
}

class FakeSettings implements SendLaterSettings {
  autoCancel = false;
  replies: RecentReply[] = [];
  zones = new Map<string, string>();
  readProspectZone(address: string): string | undefined {
    return this.zones.get(address);
  }
  saveProspectZone(address: string, timeZone: string): Promise<void> {
    this.zones.set(address, timeZone);
    return Promise.resolve();
  }
  isAutoCancelOnReply(): boolean {
    return this.autoCancel;
  }
  readRecentReplies(): RecentReply[] {
    return this.replies;
  }
  saveRecentReplies(replies: readonly RecentReply[]): Promise<void> {
    this.replies = [...replies];
    return Promise.resolve();
  }
}

function setUp() {
  const api = new FakeScheduledSendApi();
  const compose = new FakeCompose();
  const settings = new FakeSettings();
  let counter = 0;
  const service = createSendLaterService({
    api,
    compose,
    settings,
    now: () => now,
    newScheduleId: () => toScheduleId(`ts-${(counter += 1)}`),
  });
  return { api, compose, settings, service };
}

const scheduledIn = (id: string, conversationId: string): ScheduledMessage => ({
  id: toMessageId(id),
  subject: `Follow-up ${id}`,
  to: [{ address: "kenji.watanabe@fabrikam.com" }],
  sendAtUtc: inOneHour,
  conversationId,
});

describe("scheduleCompose", () => {
  it("sets Office's delivery time on a Mailbox 1.13 client and leaves sending to the rep", async () => {
    const { service, compose, api } = setUp();
    await expect(service.scheduleCompose(inOneHour)).resolves.toStrictEqual({
      kind: "delay_set",
      sendAtUtc: inOneHour,
      isCancellableAfterSend: true,
    });
    expect([compose.calls, api.calls]).toStrictEqual([[`setDelay ${inOneHour}`], []]);
  });

  it("says when classic Outlook cannot cancel the send afterwards", async () => {
    const { service, compose } = setUp();
    compose.capability = { kind: "delay_delivery", isCancellableAfterSend: false };
    const result = await service.scheduleCompose(inOneHour);
    expect(result.kind === "delay_set" && result.isCancellableAfterSend).toBe(false);
  });

  it("saves the draft, schedules it through Graph and closes the compose form on an older client", async () => {
    const { service, compose, api } = setUp();
    compose.capability = { kind: "graph_fallback" };
    await expect(service.scheduleCompose(inOneHour)).resolves.toStrictEqual({
      kind: "scheduled",
      messageId: "saved-draft",
      sendAtUtc: inOneHour,
      isComposeClosed: true,
    });
    expect([compose.calls, api.calls]).toStrictEqual([
      ["saveDraft", "close"],
      [`scheduleDraft saved-draft ts-1 ${inOneHour}`],
    ]);
  });

  it("reports a compose form it could not close, so the rep is told not to send it", async () => {
    const { service, compose } = setUp();
    compose.capability = { kind: "graph_fallback" };
    compose.isCloseFailing = true;
    const result = await service.scheduleCompose(inOneHour);
    expect(result.kind === "scheduled" && result.isComposeClosed).toBe(false);
  });

  it("refuses a time less than a minute ahead without touching the item", async () => {
    const { service, compose } = setUp();
    const result = await service.scheduleCompose("2026-03-10T12:00:30.000Z");
    expect([
      result.kind,
      result.kind === "not_scheduled" && result.reason.code,
      compose.calls,
    ]).toStrictEqual(["not_scheduled", "invalid_input", []]);
  });

  it("refuses where the item cannot be scheduled at all", async () => {
    const { service, compose } = setUp();
    compose.capability = { kind: "unavailable" };
    const result = await service.scheduleCompose(inOneHour);
    expect(result.kind === "not_scheduled" && result.reason.code).toBe("office_api_unsupported");
  });
});

describe("suggestProspectZone", () => {
  it("guesses from the newest Date header, preferred zones first", async () => {
    const { service, api } = setUp();
    api.dateHeader = "Tue, 10 Mar 2026 09:15:00 +0530";
    await expect(
      service.suggestProspectZone({
        prospectAddress: "priya.raman@fabrikam.com",
        preferredZones: ["Asia/Colombo"],
      }),
    ).resolves.toStrictEqual({
      guess: {
        kind: "guessed",
        offsetMinutes: 330,
        guess: "Asia/Colombo",
        alternatives: ["Asia/Kolkata"],
      },
      dateHeader: "Tue, 10 Mar 2026 09:15:00 +0530",
    });
  });

  it("puts the rep's earlier choice first and returns it", async () => {
    const { service, api, settings } = setUp();
    api.dateHeader = "Tue, 10 Mar 2026 09:15:00 +0530";
    await service.rememberProspectZone("priya.raman@fabrikam.com", "Asia/Colombo");
    expect(settings.zones.get("priya.raman@fabrikam.com")).toBe("Asia/Colombo");
    await expect(
      service.suggestProspectZone({
        prospectAddress: "priya.raman@fabrikam.com",
        preferredZones: [],
      }),
    ).resolves.toStrictEqual({
      guess: {
        kind: "guessed",
        offsetMinutes: 330,
        guess: "Asia/Colombo",
        alternatives: ["Asia/Kolkata"],
      },
      dateHeader: "Tue, 10 Mar 2026 09:15:00 +0530",
      rememberedZone: "Asia/Colombo",
    });
  });

  it("says there is no header when the prospect never wrote", async () => {
    const { service } = setUp();
    await expect(
      service.suggestProspectZone({ prospectAddress: "new@prospect.example", preferredZones: [] }),
    ).resolves.toStrictEqual({ guess: { kind: "unknown", reason: "no_date_header" } });
  });
});

describe("the console", () => {
  it("lists from the mailbox and marks conversations the prospect replied in", async () => {
    const { service, api, settings } = setUp();
    api.scheduled = [scheduledIn("m1", "conv-a"), scheduledIn("m2", "conv-b")];
    settings.replies = [{ conversationId: "conv-b", receivedUtc: "2026-03-10T11:00:00.000Z" }];
    settings.zones.set("kenji.watanabe@fabrikam.com", "Asia/Tokyo");
    await expect(service.listScheduled()).resolves.toStrictEqual([
      { ...scheduledIn("m1", "conv-a"), hasProspectReplied: false, prospectTimeZone: "Asia/Tokyo" },
      { ...scheduledIn("m2", "conv-b"), hasProspectReplied: true, prospectTimeZone: "Asia/Tokyo" },
    ]);
    expect(api.calls).toStrictEqual(["listScheduled 2026-03-10T12:00:00.000Z 100"]);
  });

  it("finds the scheduled sends of one conversation", async () => {
    const { service, api } = setUp();
    api.scheduled = [scheduledIn("m1", "conv-a"), scheduledIn("m2", "conv-b")];
    await expect(service.findScheduledInConversation("conv-b")).resolves.toStrictEqual([
      scheduledIn("m2", "conv-b"),
    ]);
  });

  it("reschedules under the message's own schedule id, or a new one for Outlook-scheduled mail", async () => {
    const { service, api } = setUp();
    await service.reschedule(
      { ...scheduledIn("m1", "c"), scheduleId: toScheduleId("ts-9") },
      inOneHour,
    );
    await service.reschedule(scheduledIn("m2", "c"), inOneHour);
    expect(api.calls).toStrictEqual([
      `reschedule m1 ts-9 ${inOneHour}`,
      `reschedule m2 ts-1 ${inOneHour}`,
    ]);
  });
});

describe("handleProspectReplies", () => {
  const replies = [{ conversationId: "conv-b", receivedUtc: "2026-03-10T11:30:00.000Z" }];

  it("remembers the reply and offers to cancel when auto-cancel is off", async () => {
    const { service, api, settings } = setUp();
    api.scheduled = [scheduledIn("m1", "conv-a"), scheduledIn("m2", "conv-b")];
    await expect(service.handleProspectReplies(replies)).resolves.toStrictEqual({
      cancelled: [],
      offered: [scheduledIn("m2", "conv-b")],
      failed: [],
    });
    expect(settings.replies).toStrictEqual(replies);
    expect(api.calls.filter((call) => call.startsWith("cancel"))).toStrictEqual([]);
  });

  it("cancels by itself when the rep chose auto-cancel, and reports what failed", async () => {
    const { service, api, settings } = setUp();
    settings.autoCancel = true;
    api.scheduled = [
      scheduledIn("m1", "conv-b"),
      scheduledIn("m2", "conv-b"),
      scheduledIn("m3", "conv-a"),
    ];
    api.failCancelFor.add("m2");
    const result = await service.handleProspectReplies(replies);
    expect({
      cancelled: result.cancelled.map((message) => message.id),
      offered: result.offered,
      failed: result.failed.map(({ message, error }) => [message.id, error.code]),
    }).toStrictEqual({ cancelled: ["m1"], offered: [], failed: [["m2", "graph_not_found"]] });
  });

  it("does nothing for no replies", async () => {
    const { service, api } = setUp();
    await expect(service.handleProspectReplies([])).resolves.toStrictEqual({
      cancelled: [],
      offered: [],
      failed: [],
    });
    expect(api.calls).toStrictEqual([]);
  });
});
