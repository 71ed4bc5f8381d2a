// The Office side of send later over a hand-written Office fake: capability per client, delay, save and id, sessionData, roaming settings.
import { createOfficeComposeDelivery } from "./delay-delivery";
import { createRoamingSendLaterSettings } from "./delay-delivery-settings";
import type { DelayCallback, DelayComposeItem, DelayDeliveryOffice } from "./delay-delivery-office";

const failed = "failed";
const ok = <T>(callback: DelayCallback<T>, value: T) =>
  callback({ status: "succeeded", value, error: null });

function buildOffice(options: {
  mailboxMinor?: number;
  platform?: string;
  item?: DelayComposeItem | null;
  roaming?: Map<string, unknown>;
  isRoamingSaveFailing?: boolean;
}): DelayDeliveryOffice {
  const roaming = options.roaming ?? new Map<string, unknown>();
  return {
    AsyncResultStatus: { Failed: failed },
    context: {
      diagnostics: { platform: options.platform ?? "OfficeOnline" },
      requirements: {
        isSetSupported: (name, minVersion) =>
          name === "Mailbox" &&
          Number((minVersion ?? "1.1").split(".")[1]) <= (options.mailboxMinor ?? 15),
      },
      roamingSettings: {
        get: (name) => roaming.get(name),
        set: (name, value) => roaming.set(name, value),
        saveAsync: (callback) =>
          options.isRoamingSaveFailing === true
            ? callback({
                status: failed,
                value: undefined,
                error: { code: 9019, name: "GenericResponseError", message: "x" },
              })
            : ok(callback, undefined),
      },
      mailbox: {
        item: options.item === undefined ? buildItem() : options.item,
        convertToRestId: (id, version) => `rest(${id},${String(version)})`,
      },
    },
  };
}

function buildItem(overrides: Partial<DelayComposeItem> = {}) {
  const state = { delay: 0 as Date | 0, session: new Map<string, string>(), closed: 0 };
  const item: DelayComposeItem & { state: typeof state } = {
    state,
    conversationId: "AAQkConv",
    delayDeliveryTime: {
      getAsync: (callback) => ok(callback, state.delay),
      setAsync: (datetime, callback) => {
        state.delay = datetime;
        ok(callback, undefined);
      },
    },
    saveAsync: (callback) => ok(callback, "AAMkEws"),
    close: () => {
      state.closed += 1;
    },
    sessionData: {
      getAsync: (name, callback) =>
        state.session.has(name)
          ? ok(callback, state.session.get(name) ?? "")
          : callback({
              status: failed,
              value: "",
              error: { code: 9057, name: "ItemNotFound", message: "x" },
            }),
      setAsync: (name, value, callback) => {
        state.session.set(name, value);
        ok(callback, undefined);
      },
    },
    ...overrides,
  };
  return item;
}

describe("createOfficeComposeDelivery", () => {
  it.each([
    [
      "Mailbox 1.13 on the web",
      { mailboxMinor: 13 },
      { kind: "delay_delivery", isCancellableAfterSend: true },
    ],
    [
      "Mailbox 1.13 in classic Outlook on Windows",
      { mailboxMinor: 13, platform: "PC" },
      { kind: "delay_delivery", isCancellableAfterSend: false },
    ],
    ["Mailbox 1.12", { mailboxMinor: 12 }, { kind: "graph_fallback" }],
    ["no item", { item: null }, { kind: "unavailable" }],
  ])("reads the capability of %s", (_name, options, expected) => {
    expect(createOfficeComposeDelivery(() => buildOffice(options)).readCapability()).toStrictEqual(
      expected,
    );
  });

  it("sets, reads and clears the delivery time", async () => {
    const item = buildItem();
    const compose = createOfficeComposeDelivery(() => buildOffice({ item }));
    await compose.setDelay("2026-03-10T03:00:00.000Z");
    expect(await compose.readDelay()).toBe("2026-03-10T03:00:00.000Z");
    await compose.setDelay(undefined);
    expect([item.state.delay, await compose.readDelay()]).toStrictEqual([new Date(0), undefined]);
  });

  it("turns a failed setAsync into office_call_failed with the Office code", async () => {
    const item = buildItem({
      delayDeliveryTime: {
        getAsync: (callback) => ok(callback, 0),
        setAsync: (_datetime, callback) =>
          callback({
            status: failed,
            value: undefined,
            error: { code: 9041, name: "InvalidFormatError", message: "x" },
          }),
      },
    });
    await expect(
      createOfficeComposeDelivery(() => buildOffice({ item })).setDelay("2026-03-10T03:00:00.000Z"),
    ).rejects.toMatchObject({
      code: "office_call_failed",
      details: { officeErrorCode: 9041, officeErrorName: "InvalidFormatError" },
    });
  });

  it("saves the draft and converts its EWS id to a Graph (REST v2.0) id, then closes the form", async () => {
    const item = buildItem();
    const compose = createOfficeComposeDelivery(() => buildOffice({ item }));
    expect(await compose.saveDraft()).toBe("rest(AAMkEws,v2.0)");
    await compose.close();
    expect(item.state.closed).toBe(1);
  });

  it("records the draft's start once in sessionData", async () => {
    const item = buildItem();
    const compose = createOfficeComposeDelivery(() => buildOffice({ item }));
    await compose.recordDraftStart("2026-03-10T10:00:00.000Z");
    await compose.recordDraftStart("2026-03-10T10:30:00.000Z");
    expect([...item.state.session]).toStrictEqual([
      ["tempoDraftStartedAt", "2026-03-10T10:00:00.000Z"],
    ]);
    expect(compose.readConversationId()).toBe("AAQkConv");
  });

  it("rejects with office_api_unsupported outside compose", async () => {
    await expect(createOfficeComposeDelivery(() => undefined).saveDraft()).rejects.toMatchObject({
      code: "office_api_unsupported",
    });
  });
});

describe("createRoamingSendLaterSettings", () => {
  it("stores replies and prospect zones in their short forms and reads them back", async () => {
    const roaming = new Map<string, unknown>([["sendLaterAutoCancelOnReply", true]]);
    const settings = createRoamingSendLaterSettings(() => buildOffice({ roaming }));
    await settings.saveRecentReplies([
      { conversationId: "A", receivedUtc: "2026-03-10T09:00:00.000Z" },
    ]);
    await settings.saveProspectZone("Priya.Raman@fabrikam.com", "Asia/Kolkata");
    expect(Object.fromEntries(roaming)).toStrictEqual({
      sendLaterAutoCancelOnReply: true,
      sendLaterRecentReplies: [{ c: "A", t: "2026-03-10T09:00:00.000Z" }],
      sendLaterProspectZones: [{ a: "priya.raman@fabrikam.com", z: "Asia/Kolkata" }],
    });
    expect([
      settings.isAutoCancelOnReply(),
      settings.readRecentReplies(),
      settings.readProspectZone("priya.raman@FABRIKAM.com"),
    ]).toStrictEqual([
      true,
      [{ conversationId: "A", receivedUtc: "2026-03-10T09:00:00.000Z" }],
      "Asia/Kolkata",
    ]);
  });

  it("reports a failed save as storage_failed", async () => {
    const settings = createRoamingSendLaterSettings(() =>
      buildOffice({ isRoamingSaveFailing: true }),
    );
    await expect(settings.saveProspectZone("a@b.com", "Europe/London")).rejects.toMatchObject({
      code: "storage_failed",
    });
  });
});
