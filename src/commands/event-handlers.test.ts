import { trackExternalByDefaultSetting } from "./default-tracking";
import { createEventOfficeFake } from "./event-office-fake";
import {
  createEventHandlers,
  handleMessageSend,
  handleNewMessageCompose,
  registerEventHandlers,
  trackingBudgetMs,
  type MailboxEvent,
} from "./event-handlers";

const defaultOn = { [trackExternalByDefaultSetting]: true };

function createEventFake(): MailboxEvent & { completed: jest.Mock } {
  return { completed: jest.fn() };
}

describe("OnMessageSend", () => {
  it("marks an email to an external recipient, then allows the send", async () => {
    const fake = createEventOfficeFake({ to: ["dana@fabrikam.com"], settings: defaultOn });
    const handlers = createEventHandlers({ readOffice: () => fake.office });
    const event = createEventFake();

    await handlers.onMessageSend(event);

    expect(Object.keys(fake.saved)).toStrictEqual(["tempoTrackId"]);
    expect(fake.saved.tempoTrackId).toMatch(/^tt-[0-9a-f-]{36}$/);
    expect(event.completed.mock.calls).toStrictEqual([[{ allowEvent: true }]]);
  });

  it("allows the send when saving the mark fails", async () => {
    const fake = createEventOfficeFake({
      to: ["dana@fabrikam.com"],
      settings: defaultOn,
      failSave: true,
    });
    const event = createEventFake();

    await createEventHandlers({ readOffice: () => fake.office }).onMessageSend(event);

    expect(fake.saved).toStrictEqual({});
    expect(event.completed.mock.calls).toStrictEqual([[{ allowEvent: true }]]);
  });

  it("allows the send after the budget when Outlook never answers, and completes only once", async () => {
    jest.useFakeTimers();
    try {
      const fake = createEventOfficeFake({
        to: ["dana@fabrikam.com"],
        settings: defaultOn,
        delayMs: 60_000,
      });
      const event = createEventFake();
      const sending = createEventHandlers({ readOffice: () => fake.office }).onMessageSend(event);

      await jest.advanceTimersByTimeAsync(trackingBudgetMs - 1);
      expect(event.completed).not.toHaveBeenCalled();
      await jest.advanceTimersByTimeAsync(1);
      await sending;
      expect(event.completed.mock.calls).toStrictEqual([[{ allowEvent: true }]]);

      await jest.advanceTimersByTimeAsync(5 * 60_000);
      expect(event.completed).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it("allows the send outside Office", async () => {
    const event = createEventFake();

    await createEventHandlers({ readOffice: () => undefined }).onMessageSend(event);

    expect(event.completed.mock.calls).toStrictEqual([[{ allowEvent: true }]]);
  });

  it("runs the pre-send check beside the mark and ends with the check's verdict", async () => {
    const fake = createEventOfficeFake({ to: ["dana@fabrikam.com"], settings: defaultOn });
    const preSendCheck = jest.fn(() =>
      Promise.resolve({ allowEvent: false, errorMessage: "Pick a send time first." } as const),
    );
    const event = createEventFake();

    await createEventHandlers({ readOffice: () => fake.office, preSendCheck }).onMessageSend(event);

    expect(preSendCheck.mock.calls).toStrictEqual([[fake.office]]);
    expect(Object.keys(fake.saved)).toStrictEqual(["tempoTrackId"]);
    expect(fake.saved.tempoTrackId).toMatch(/^tt-/);
    expect(event.completed.mock.calls).toStrictEqual([
      [{ allowEvent: false, errorMessage: "Pick a send time first." }],
    ]);
  });

  it("allows the send when the pre-send check itself throws", async () => {
    const event = createEventFake();
    const handlers = createEventHandlers({
      readOffice: () => undefined,
      preSendCheck: () => Promise.reject(new Error("bug")),
    });

    await expect(handlers.onMessageSend(event)).resolves.toBeUndefined();
    expect(event.completed.mock.calls).toStrictEqual([[{ allowEvent: true }]]);
  });
});

describe("OnNewMessageCompose", () => {
  it("pre-marks a reply to an external recipient and completes with no options", async () => {
    const fake = createEventOfficeFake({ to: ["dana@fabrikam.com"], settings: defaultOn });
    const event = createEventFake();

    await createEventHandlers({ readOffice: () => fake.office }).onNewMessageCompose(event);

    expect(Object.keys(fake.saved)).toStrictEqual(["tempoTrackId"]);
    expect(fake.saved.tempoTrackId).toMatch(/^tt-/);
    expect(event.completed.mock.calls).toStrictEqual([[]]);
  });

  it("completes even when Outlook fails", async () => {
    const fake = createEventOfficeFake({
      to: ["dana@fabrikam.com"],
      settings: defaultOn,
      failRecipients: true,
    });
    const event = createEventFake();

    await createEventHandlers({ readOffice: () => fake.office }).onNewMessageCompose(event);

    expect(event.completed.mock.calls).toStrictEqual([[]]);
  });
});

/** The registered handlers do not return their promise (Outlook ignores it); wait on `completed`. */
async function waitForCompleted(event: { completed: jest.Mock }): Promise<void> {
  for (let turn = 0; turn < 50 && event.completed.mock.calls.length === 0; turn += 1)
    await new Promise((resolve) => setTimeout(resolve, 0));
}

describe("registration", () => {
  it("associates both manifest function names with their handlers", () => {
    const associate = jest.fn();

    registerEventHandlers({ associate });

    expect(associate.mock.calls).toStrictEqual([
      ["onNewMessageCompose", handleNewMessageCompose],
      ["onMessageSend", handleMessageSend],
    ]);
  });

  it("the registered send handler allows the send where Office is not loaded", async () => {
    const event = createEventFake();

    handleMessageSend(event);

    await waitForCompleted(event);
    expect(event.completed.mock.calls).toStrictEqual([[{ allowEvent: true }]]);
  });
});
