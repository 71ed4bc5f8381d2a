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
