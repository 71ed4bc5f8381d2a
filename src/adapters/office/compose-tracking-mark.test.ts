import { AppError } from "../../core/errors/app-error";
import { toTrackId } from "../../core/tracking/tracking-marker";
import {
  createCustomPropertiesFake,
  officeInternalError as internalError,
  settleOfficeCall as settle,
} from "../../testing/custom-properties-fake";
import {
  createRandomTrackId,
  OfficeComposeTrackingMark,
  type MarkableComposeItem,
} from "./compose-tracking-mark";

const failed = "failed";

/** A compose item whose custom properties live in memory; `saved` is what Exchange would keep. */
function createItemFake(
  options: {
    saved?: Record<string, string>;
    hasItemSave?: boolean;
    hasGetAll?: boolean;
    failLoad?: boolean;
    failPropertiesSave?: boolean;
    failItemSave?: boolean;
  } = {},
) {
  const state = {
    saved: { ...(options.saved ?? {}) } as Record<string, string>,
    calls: [] as string[],
  };
  const item: MarkableComposeItem = {
    loadCustomPropertiesAsync(callback) {
      state.calls.push("loadCustomPropertiesAsync");
      const properties = createCustomPropertiesFake({
        store: state,
        saveCallName: "customProperties.saveAsync",
        failSave: options.failPropertiesSave ?? false,
        hasGetAll: options.hasGetAll ?? true,
      });
      callback(settle(properties, options.failLoad ?? false));
    },
  };
  if (options.hasItemSave ?? true) {
    item.saveAsync = (callback) => {
      state.calls.push("item.saveAsync");
      callback(settle("AAMkAD-draft", options.failItemSave ?? false));
    };
  }
  return { item, state };
}

function createMark(item: MarkableComposeItem, ids: readonly string[] = ["tt-1", "tt-2"]) {
  let next = 0;
  return new OfficeComposeTrackingMark({
    item,
    asyncResultStatus: { Failed: failed },
    createTrackId: () => toTrackId(ids[next++] ?? "tt-x"),
  });
}

async function catchError(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error: unknown) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a rejection");
}

describe("OfficeComposeTrackingMark", () => {
  it("reads an unmarked item as no track id and no choice", async () => {
    const { item } = createItemFake();

    await expect(createMark(item).read()).resolves.toStrictEqual({
      trackId: undefined,
      choice: undefined,
    });
  });

  it("marks with a new track id, saves the custom properties and then the item", async () => {
    const { item, state } = createItemFake();

    const mark = await createMark(item).track({ choice: "on" });

    expect(mark).toStrictEqual({ trackId: "tt-1", choice: "on" });
    expect(state.saved).toStrictEqual({ tempoTrackId: "tt-1", tempoTracking: "on" });
    expect(state.calls).toStrictEqual([
      "loadCustomPropertiesAsync",
      "customProperties.saveAsync",
      "item.saveAsync",
    ]);
  });

  it("keeps the existing track id when marking again, so the Sent copy keeps one identity", async () => {
    const { item, state } = createItemFake({ saved: { tempoTrackId: "tt-old" } });

    const mark = await createMark(item).track();

    expect(mark).toStrictEqual({ trackId: "tt-old", choice: undefined });
    expect(state.saved).toStrictEqual({ tempoTrackId: "tt-old" });
  });

  it("replaces a track id that is not Tempo's shape", async () => {
    const { item, state } = createItemFake({ saved: { tempoTrackId: "<b>x</b>" } });

    await createMark(item).track();

    expect(state.saved).toStrictEqual({ tempoTrackId: "tt-1" });
  });

  it("removes the track id and records the rep's opt-out when turned off", async () => {
    const { item, state } = createItemFake({ saved: { tempoTrackId: "tt-1", other: "kept" } });

    const mark = await createMark(item).untrack({ choice: "off" });

    expect(mark).toStrictEqual({ trackId: undefined, choice: "off" });
    expect(state.saved).toStrictEqual({ other: "kept", tempoTracking: "off" });
    expect(state.calls).toStrictEqual([
      "loadCustomPropertiesAsync",
      "customProperties.saveAsync",
      "item.saveAsync",
    ]);
  });

  it("reads the track id and the opt-out back", async () => {
    const marked = createItemFake({ saved: { tempoTrackId: "tt-9", tempoTracking: "on" } });
    const optedOut = createItemFake({ saved: { tempoTracking: "off" } });
    const junk = createItemFake({ saved: { tempoTrackId: "x".repeat(200), tempoTracking: "yes" } });

    await expect(createMark(marked.item).read()).resolves.toStrictEqual({
      trackId: "tt-9",
      choice: "on",
    });
    await expect(createMark(optedOut.item).read()).resolves.toStrictEqual({
      trackId: undefined,
      choice: "off",
    });
    await expect(createMark(junk.item).read()).resolves.toStrictEqual({
      trackId: undefined,
      choice: undefined,
    });
  });

  it("saves only the custom properties below Mailbox 1.3, where item.saveAsync does not exist", async () => {
    const { item, state } = createItemFake({ hasItemSave: false });

    await createMark(item).track();

    expect(state.calls).toStrictEqual(["loadCustomPropertiesAsync", "customProperties.saveAsync"]);
    expect(state.saved).toStrictEqual({ tempoTrackId: "tt-1" });
  });

  it("refuses to mark when the add-in's properties would pass 2,500 characters", async () => {
    const { item, state } = createItemFake({ saved: { notes: "n".repeat(2480) } });

    const error = await catchError(createMark(item).track());

    expect(error.code).toBe("tracking_mark_too_large");
    expect(error.details).toStrictEqual({ chars: 2514, maxChars: 2500 });
    expect(state.calls).toStrictEqual(["loadCustomPropertiesAsync"]);
  });

  it("measures Tempo's own properties when getAll is missing (before Mailbox 1.11)", async () => {
    const { item, state } = createItemFake({ hasGetAll: false });

    await createMark(item).track({ choice: "on" });

    expect(state.saved).toStrictEqual({ tempoTrackId: "tt-1", tempoTracking: "on" });
  });

  it.each([
    ["loadCustomPropertiesAsync", { failLoad: true }],
    ["customProperties.saveAsync", { failPropertiesSave: true }],
    ["item.saveAsync", { failItemSave: true }],
  ])("maps a failed %s to office_call_failed with the Office error", async (api, failure) => {
    const { item } = createItemFake(failure);

    const error = await catchError(createMark(item).track());

    expect(error.code).toBe("office_call_failed");
    expect(error.details).toStrictEqual({
      api,
      officeErrorCode: 9002,
      officeErrorName: "Internal Error",
    });
    expect(error.cause).toBe(internalError);
  });

  it("maps a call that throws to office_call_failed", async () => {
    const item: MarkableComposeItem = {
      loadCustomPropertiesAsync: () => {
        throw new Error("Sys.ArgumentException");
      },
    };

    const error = await catchError(createMark(item).read());

    expect(error.code).toBe("office_call_failed");
    expect(error.details).toStrictEqual({ api: "loadCustomPropertiesAsync" });
  });

  it("reports office_api_unsupported when the item has no custom properties", async () => {
    const error = await catchError(createMark({}).read());

    expect(error.code).toBe("office_api_unsupported");
    expect(error.details).toStrictEqual({ api: "item.loadCustomPropertiesAsync" });
  });
});

describe("createRandomTrackId", () => {
  it("makes tt- plus a UUID v4, different each time", () => {
    const first = createRandomTrackId();
    const second = createRandomTrackId();

    expect(first).toMatch(
      /^tt-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(second).not.toBe(first);
  });

  it("falls back to Math.random where the runtime has no crypto", () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, "crypto");
    const random = jest.spyOn(Math, "random").mockReturnValue(0.999);
    Object.defineProperty(globalThis, "crypto", { value: undefined, configurable: true });
    try {
      expect(createRandomTrackId()).toBe("tt-ffffffff-ffff-4fff-bfff-ffffffffffff");
    } finally {
      if (descriptor) Object.defineProperty(globalThis, "crypto", descriptor);
      random.mockRestore();
    }
  });
});
