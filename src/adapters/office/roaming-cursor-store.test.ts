// The reply-detection cursor in Office roaming settings: tolerant reads, saved writes, typed failures.
import { createAppError } from "../../core/errors/app-error";
import { createOfficeFake } from "../../testing/office-fake";
import { RoamingCursorStore, readTrackingCursor, trackingCursorKey } from "./roaming-cursor-store";
import type { TrackingCursor } from "../../ports/tracking-cursor-store";

const cursor: TrackingCursor = {
  version: 1,
  deltaLinks: {
    inbox: "https://graph.microsoft.com/v1.0/me/mailFolders/inbox/messages/delta?$deltatoken=a",
    junkemail:
      "https://graph.microsoft.com/v1.0/me/mailFolders/junkemail/messages/delta?$deltatoken=b",
  },
  lastSyncedAt: "2025-03-04T12:00:00.000Z",
};

describe("RoamingCursorStore", () => {
  it("saves the cursor under tempo.trackingCursor and reads it back", async () => {
    const fake = createOfficeFake();
    const store = new RoamingCursorStore(() => fake.office);

    await store.write(cursor);

    expect(fake.savedSettings.get(trackingCursorKey)).toStrictEqual(cursor);
    expect(fake.saveAsyncCallCount).toBe(1);
    expect(store.read()).toStrictEqual(cursor);
  });

  it("has no cursor in a fresh mailbox or outside Outlook", () => {
    expect(new RoamingCursorStore(() => createOfficeFake().office).read()).toBeUndefined();
    expect(new RoamingCursorStore(() => undefined).read()).toBeUndefined();
  });

  it("rejects with storage_failed when Outlook cannot save, keeping the Office error", async () => {
    const fake = createOfficeFake();
    fake.shouldFailSave = true;
    const store = new RoamingCursorStore(() => fake.office);

    const failure = store.write(cursor);

    await expect(failure).rejects.toStrictEqual(
      createAppError("storage_failed", {
        details: { officeErrorCode: 9002, officeErrorName: "Internal Error" },
      }),
    );
    await expect(failure).rejects.toHaveProperty("cause", {
      code: 9002,
      name: "Internal Error",
      message: "An internal error has occurred.",
    });
    expect(fake.savedSettings.has(trackingCursorKey)).toBe(false);
  });

  it("rejects with office_api_unsupported outside Outlook", async () => {
    await expect(new RoamingCursorStore(() => undefined).write(cursor)).rejects.toStrictEqual(
      createAppError("office_api_unsupported", { details: { setting: trackingCursorKey } }),
    );
  });
});

describe("readTrackingCursor", () => {
  it.each([
    { name: "nothing", stored: undefined, expected: undefined },
    { name: "garbled JSON text", stored: "{version: 1", expected: undefined },
    { name: "a number", stored: 42, expected: undefined },
    { name: "another version", stored: { version: 2, deltaLinks: {} }, expected: undefined },
    {
      name: "the cursor as JSON text",
      stored: JSON.stringify(cursor),
      expected: cursor,
    },
    {
      name: "bad links and a bad time, which are dropped",
      stored: {
        version: 1,
        deltaLinks: { inbox: 7, junkemail: "x".repeat(9000), drafts: "https://x" },
        lastSyncedAt: "yesterday",
      },
      expected: { version: 1, deltaLinks: {} },
    },
    {
      name: "links that are not an object",
      stored: { version: 1, deltaLinks: ["https://x"] },
      expected: { version: 1, deltaLinks: {} },
    },
  ])("reads $name", ({ stored, expected }) => {
    expect(readTrackingCursor(stored)).toStrictEqual(expected);
  });
});
