/** @jest-environment jsdom */
// Host flows that span panes and frames: dialogs closed by the user, and OnMessageSend blocking a send.
import { parseManifest } from "../manifest/parse-manifest";
import { createOffice } from "../shim/create-office";
import { callAsync, createFakeHost } from "../testing/fake-host";

const paneFrame = { kind: "pane", paneId: "pane-1", surface: "compose" } as const;

describe("dialogs", () => {
  it("reports 12006 to the opener when the user closes the dialog", async () => {
    const host = createFakeHost();
    host.actions.openCompose();
    const { office, ready } = createOffice(host.connect(paneFrame));
    await ready;
    const opened = await callAsync<Office.Dialog>((done) =>
      office.context?.ui.displayDialogAsync(
        "http://localhost:3000/dialog.html",
        { displayInIframe: true },
        done,
      ),
    );
    const closed = new Promise<unknown>((resolve) =>
      opened.value.addEventHandler("dialogEventReceived" as unknown as Office.EventType, resolve),
    );
    const dialogId = host.store.getState().dialogs[0]?.dialogId ?? "";
    expect(host.store.getState().dialogs[0]?.src).toBe(
      "http://localhost:3000/dialog.html?_host=http%3A%2F%2F127.0.0.1%3A3000",
    );

    const { createDialogManager } = await import("./dialog-manager");
    createDialogManager({
      store: host.store,
      panesOrigin: "http://localhost:3000",
      hostOrigin: "",
      popups: { open: () => null },
    }).closedByUser(dialogId);
    await expect(closed).resolves.toStrictEqual({ error: 12006 });
    expect(host.store.getState().dialogs).toStrictEqual([]);
  });

  it("refuses a dialog outside the add-in's origin with 12004", async () => {
    const host = createFakeHost();
    host.actions.openCompose();
    const { office, ready } = createOffice(host.connect(paneFrame));
    await ready;
    const result = await callAsync<Office.Dialog>((done) =>
      office.context?.ui.displayDialogAsync("https://evil.example/x.html", done),
    );
    expect(result.error.code).toBe(12004);
  });
});

describe("launch events", () => {
  const manifest = {
    ...parseManifest("<OfficeApp/>", {
      manifestOrigin: "https://localhost:3000",
      panesOrigin: "http://localhost:3000",
    }),
    launchEvents: [{ type: "OnMessageSend", functionName: "onMessageSend" }],
    eventRuntimeUrl: "http://localhost:3000/commands.html",
  };

  it("does not send when the OnMessageSend handler completes with allowEvent false", async () => {
    const host = createFakeHost();
    host.store.update((state) => ({ ...state, manifest }));
    host.actions.openCompose();
    const sending = host.actions.sendCompose();
    const eventId = host.store.getState().launches[0]?.eventId ?? "";
    const { office, ready } = createOffice(host.connect({ kind: "launch", eventId }));
    office.actions.associate("onMessageSend", (event: Office.MailboxEvent) =>
      event.completed({ allowEvent: false, errorMessage: "Add a recipient first." }),
    );
    await ready;
    await expect(sending).resolves.toBe(false);
    expect(host.graph.sent).toStrictEqual([]);
    expect(host.store.getState().statusText).toBe("Add a recipient first.");
  });
});

describe("Smart Alerts send modes", () => {
  const composeButton = {
    id: "Tempo.ComposeButton",
    label: "Tempo",
    tooltip: "",
    iconUrl: undefined,
    action: {
      kind: "taskpane" as const,
      url: "http://localhost:3000/compose.html",
      supportsPinning: false,
    },
  };
  const manifestWith = (sendMode?: "PromptUser" | "SoftBlock") => ({
    ...parseManifest("<OfficeApp/>", {
      manifestOrigin: "https://localhost:3000",
      panesOrigin: "http://localhost:3000",
    }),
    composeButtons: [composeButton],
    launchEvents: [
      { type: "OnMessageSend", functionName: "onMessageSend", ...(sendMode ? { sendMode } : {}) },
    ],
    eventRuntimeUrl: "http://localhost:3000/commands.html",
  });

  async function sendWithAlert(
    sendMode: "PromptUser" | "SoftBlock" | undefined,
    options: Office.SmartAlertsEventCompletedOptions,
    mailboxMinor = 15,
  ) {
    const host = createFakeHost({
      profile: { mailboxMinor, nestedAppAuth: true, platform: "OfficeOnline", theme: "light" },
    });
    host.store.update((state) => ({ ...state, manifest: manifestWith(sendMode) }));
    host.actions.openCompose();
    host.actions.editCompose({
      op: "setRecipients",
      field: "to",
      recipients: [{ displayName: "Priya", emailAddress: "priya.raman@fabrikam.com" }],
    });
    const sending = host.actions.sendCompose();
    const eventId = host.store.getState().launches[0]?.eventId ?? "";
    const { office, ready } = createOffice(host.connect({ kind: "launch", eventId }));
    await ready;
    office.actions.associate("onMessageSend", (event: Office.MailboxEvent) =>
      event.completed(options),
    );
    await waitFor(() => host.store.getState().smartAlert !== null);
    return { host, sending };
  }

  async function waitFor(condition: () => boolean): Promise<void> {
    for (let attempt = 0; attempt < 100 && !condition(); attempt += 1)
      await new Promise((resolve) => setTimeout(resolve, 5));
  }

  it("offers Send Anyway under PromptUser, and sends when it is chosen", async () => {
    const { host, sending } = await sendWithAlert("PromptUser", {
      allowEvent: false,
      errorMessage: "It is 22:15 for Priya.",
    });
    const alert = host.store.getState().smartAlert;
    expect(alert).toStrictEqual({
      alertId: alert?.alertId,
      errorMessage: "It is 22:15 for Priya.",
      sendMode: "PromptUser",
    });
    host.actions.answerSmartAlert(alert?.alertId ?? "", "send_anyway");
    await expect(sending).resolves.toBe(true);
    expect(host.graph.sent.map((sent) => sent.message.toRecipients)).toStrictEqual([
      [{ emailAddress: { name: "Priya", address: "priya.raman@fabrikam.com" } }],
    ]);
  });

  it("does not send when Don't Send is chosen under PromptUser", async () => {
    const { host, sending } = await sendWithAlert("PromptUser", {
      allowEvent: false,
      errorMessage: "It is 22:15 for Priya.",
    });
    host.actions.answerSmartAlert(host.store.getState().smartAlert?.alertId ?? "", "dont_send");
    await expect(sending).resolves.toBe(false);
    expect([host.graph.sent, host.store.getState().smartAlert]).toStrictEqual([[], null]);
  });

  it("lets a Mailbox 1.14 handler override SoftBlock to PromptUser, with a Take Action button that opens the pane", async () => {
    const { host, sending } = await sendWithAlert("SoftBlock", {
      allowEvent: false,
      errorMessage: "Out of hours.",
      cancelLabel: "Schedule for 08:30",
      commandId: "Tempo.ComposeButton",
      sendModeOverride: "promptUser" as Office.MailboxEnums.SendModeOverride,
    });
    const alert = host.store.getState().smartAlert;
    expect([alert?.sendMode, alert?.action]).toStrictEqual([
      "PromptUser",
      { label: "Schedule for 08:30", commandId: "Tempo.ComposeButton" },
    ]);
    host.actions.answerSmartAlert(alert?.alertId ?? "", "take_action");
    await expect(sending).resolves.toBe(false);
    expect(host.store.getState().panes.map((pane) => [pane.label, pane.surface])).toStrictEqual([
      ["Tempo", "compose"],
    ]);
  });

  it("ignores the 1.14 options on a Mailbox 1.13 client: SoftBlock stops the send at once", async () => {
    const { host, sending } = await sendWithAlert(
      "SoftBlock",
      {
        allowEvent: false,
        errorMessage: "Out of hours.",
        cancelLabel: "Schedule for 08:30",
        commandId: "Tempo.ComposeButton",
        sendModeOverride: "promptUser" as Office.MailboxEnums.SendModeOverride,
      },
      13,
    );
    await expect(sending).resolves.toBe(false);
    const alert = host.store.getState().smartAlert;
    expect([alert?.sendMode, alert?.action]).toStrictEqual(["SoftBlock", undefined]);
  });
});

describe("compose item: sessionData and close", () => {
  it("keeps sessionData with the compose item and closes the form on close()", async () => {
    const host = createFakeHost();
    host.actions.openCompose();
    const { office, ready } = createOffice(host.connect(paneFrame));
    await ready;
    const item = office.context?.mailbox.item as Office.MessageCompose;
    await callAsync<void>((done) =>
      item.sessionData.setAsync("tempoDraftStartedAt", "2026-03-10T10:00:00Z", done),
    );
    const read = await callAsync<string>((done) =>
      item.sessionData.getAsync("tempoDraftStartedAt", done),
    );
    const missing = await callAsync<string>((done) => item.sessionData.getAsync("nothing", done));
    expect([read.value, missing.error.code]).toStrictEqual(["2026-03-10T10:00:00Z", 9057]);
    item.close();
    for (let attempt = 0; attempt < 100 && host.store.getState().compose !== null; attempt += 1)
      await new Promise((resolve) => setTimeout(resolve, 5));
    expect(host.store.getState().compose).toBeNull();
  });
});
