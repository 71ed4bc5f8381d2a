/** @jest-environment jsdom */
// The shim's Office API against the real host handler over an in-memory transport. Add a case by driving `host.actions` and asserting the AsyncResult.
import { defaultProfile } from "../client-profile";
import { callAsync, createFakeHost } from "../testing/fake-host";
import { createOffice } from "./create-office";
import type { Message } from "@microsoft/microsoft-graph-types";

const paneFrame = { kind: "pane", paneId: "pane-compose", surface: "compose" } as const;
const readFrame = { kind: "pane", paneId: "pane-read", surface: "read" } as const;

const inboxMessage: Message = {
  id: "AAMk-abc_1",
  subject: "RE: Pricing",
  from: { emailAddress: { name: "Pat Prospect", address: "pat@fabrikam.com" } },
  toRecipients: [{ emailAddress: { name: "Alex Wilber", address: "alex.wilber@contoso.com" } }],
  body: { contentType: "html", content: "<p>Tuesday <b>works</b></p><script>alert(1)</script>" },
  createdDateTime: "2025-03-04T10:00:00Z",
  conversationId: "conv-1",
  internetMessageId: "<reply-1@fabrikam.com>",
  internetMessageHeaders: [{ name: "In-Reply-To", value: "<orig@contoso.com>" }],
};

async function openCompose(mailboxMinor = 15) {
  const host = createFakeHost({ profile: { ...defaultProfile, mailboxMinor } });
  host.actions.openCompose();
  const { office, ready } = createOffice(host.connect(paneFrame));
  await ready;
  const item = office.context?.mailbox.item as Office.MessageCompose;
  return { host, office, item };
}

describe("office shim: compose item", () => {
  it("round-trips subject.setAsync then getAsync through the host's compose item", async () => {
    const { host, item } = await openCompose();
    const set = await callAsync<void>((done) =>
      item.subject.setAsync("Proposal", { asyncContext: "ctx" }, done),
    );
    const got = await callAsync<string>((done) => item.subject.getAsync(done));
    expect(set).toStrictEqual({
      status: "succeeded",
      value: undefined,
      error: undefined,
      asyncContext: "ctx",
      diagnostics: undefined,
    });
    expect(got.value).toBe("Proposal");
    expect(host.store.getState().compose?.subject).toBe("Proposal");
  });

  it("sees edits the user made in the compose form", async () => {
    const { host, item } = await openCompose();
    host.actions.editCompose({
      op: "setRecipients",
      field: "to",
      recipients: [{ displayName: "Pat", emailAddress: "pat@fabrikam.com" }],
    });
    const to = await callAsync<Office.EmailAddressDetails[]>((done) => item.to.getAsync(done));
    expect(to.value).toStrictEqual([
      { displayName: "Pat", emailAddress: "pat@fabrikam.com", recipientType: "externalUser" },
    ]);
  });

  it("calls back on a later task, never synchronously", async () => {
    const { item } = await openCompose();
    let calledBack = false;
    const done = callAsync<string>((callback) => {
      item.subject.getAsync((result) => {
        calledBack = true;
        callback(result);
      });
    });
    expect(calledBack).toBe(false);
    await done;
    expect(calledBack).toBe(true);
  });

  it("fails subject.setAsync over 255 characters with DataExceedsMaximumSize", async () => {
    const { item } = await openCompose();
    const result = await callAsync<void>((done) => item.subject.setAsync("x".repeat(256), done));
    expect(result.status).toBe("failed");
    expect(result.error).toStrictEqual({
      code: 1000,
      name: "DataExceedsMaximumSize",
      message: "The subject exceeds the maximum size.",
    });
  });

  it("inserts HTML with setSelectedDataAsync and reads it back as text", async () => {
    const { item } = await openCompose();
    await callAsync<void>((done) => item.body.setAsync("Hi <Pat>", done));
    await callAsync<void>((done) =>
      item.body.setSelectedDataAsync(
        "<ul><li>Tue 10:00</li></ul>",
        { coercionType: "html" as Office.CoercionType },
        done,
      ),
    );
    const html = await callAsync<string>((done) =>
      item.body.getAsync("html" as Office.CoercionType, done),
    );
    const text = await callAsync<string>((done) =>
      item.body.getAsync("text" as Office.CoercionType, done),
    );
    expect(html.value).toBe("Hi &lt;Pat&gt;<ul><li>Tue 10:00</li></ul>");
    expect(text.value).toBe("Hi <Pat>Tue 10:00");
  });

  it("saves custom properties and internet headers to the host item that Send uses", async () => {
    const { host, item } = await openCompose();
    const loaded = await callAsync<Office.CustomProperties>((done) =>
      item.loadCustomPropertiesAsync(done),
    );
    loaded.value.set("tempoTracked", "1");
    await callAsync<void>((done) => loaded.value.saveAsync(done));
    await callAsync<void>((done) => item.internetHeaders.setAsync({ "x-tempo": "1" }, done));
    host.actions.editCompose({
      op: "setRecipients",
      field: "to",
      recipients: [{ displayName: "Pat", emailAddress: "pat@fabrikam.com" }],
    });
    await host.actions.sendCompose();
    expect(host.graph.sent[0]?.customProperties).toStrictEqual({ tempoTracked: "1" });
    expect(host.graph.sent[0]?.message.internetMessageHeaders).toStrictEqual([
      { name: "x-tempo", value: "1" },
    ]);
  });

  it("returns an EWS-format id from saveAsync", async () => {
    const { item } = await openCompose();
    const saved = await callAsync<string>((done) => item.saveAsync(done));
    expect(saved.value).toBe("AAMk/draft+1");
  });

  it("offers delayDeliveryTime from Mailbox 1.13 and leaves it undefined below", async () => {
    const modern = await openCompose(13);
    const older = await openCompose(12);
    await callAsync<void>((done) =>
      modern.item.delayDeliveryTime.setAsync(new Date("2030-01-02T15:00:00Z"), done),
    );
    const got = await callAsync<Date | 0>((done) => modern.item.delayDeliveryTime.getAsync(done));
    expect(got.value).toStrictEqual(new Date("2030-01-02T15:00:00Z"));
    expect(older.item.delayDeliveryTime).toBeUndefined();
    expect(older.item.internetHeaders).toBeDefined();
  });
});

describe("office shim: context", () => {
  it("answers isSetSupported from the client profile", async () => {
    const host = createFakeHost({
      profile: { ...defaultProfile, mailboxMinor: 12, nestedAppAuth: false },
    });
    const { office } = createOffice(host.connect(paneFrame));
    const info = await office.onReady();
    const requirements = office.context?.requirements;
    expect(info).toStrictEqual({ host: "Outlook", platform: "OfficeOnline" });
    expect(requirements?.isSetSupported("Mailbox", "1.12")).toBe(true);
    expect(requirements?.isSetSupported("Mailbox", "1.13")).toBe(false);
    expect(requirements?.isSetSupported("NestedAppAuth", "1.1")).toBe(false);
    expect(requirements?.isSetSupported("DialogApi", "1.2")).toBe(true);
  });

  it("calls Office.initialize and the onReady callback", async () => {
    const host = createFakeHost();
    const { office } = createOffice(host.connect(paneFrame));
    const initialize = jest.fn();
    office.initialize = initialize;
    const onReady = jest.fn();
    await office.onReady(onReady);
    expect(initialize).toHaveBeenCalledWith("inserted");
    expect(onReady).toHaveBeenCalledWith({ host: "Outlook", platform: "OfficeOnline" });
  });

  it("persists roamingSettings in the host's storage", async () => {
    const host = createFakeHost();
    const { office, ready } = createOffice(host.connect(paneFrame));
    await ready;
    office.context?.roamingSettings.set("followUpDays", 3);
    await callAsync<void>((done) => office.context?.roamingSettings.saveAsync(done));
    expect(host.storage.get("tempo-workbench-roaming")).toBe('{"followUpDays":3}');
  });
});

describe("office shim: read item", () => {
  async function openRead() {
    const host = createFakeHost({ messages: [inboxMessage] });
    await host.actions.selectMessage("AAMk-abc_1");
    const { office, ready } = createOffice(host.connect(readFrame));
    await ready;
    return { host, office, item: office.context?.mailbox.item as Office.MessageRead };
  }

  it("exposes the message with an EWS id, text body without script, and raw headers", async () => {
    const { office, item } = await openRead();
    const text = await callAsync<string>((done) =>
      item.body.getAsync("text" as Office.CoercionType, done),
    );
    const headers = await callAsync<string>((done) => item.getAllInternetHeadersAsync(done));
    expect(item.itemId).toBe("AAMk/abc+1");
    expect(
      office.context?.mailbox.convertToRestId(
        item.itemId,
        "v2.0" as Office.MailboxEnums.RestVersion,
      ),
    ).toBe("AAMk-abc_1");
    expect(item.normalizedSubject).toBe("Pricing");
    expect(item.from).toStrictEqual({
      displayName: "Pat Prospect",
      emailAddress: "pat@fabrikam.com",
      recipientType: "externalUser",
    });
    expect(text.value).toBe("Tuesday works");
    expect(headers.value).toBe("In-Reply-To: <orig@contoso.com>");
  });

  it("enforces notification limits: five per item, unique keys, 150-character messages, 32-character keys", async () => {
    const { host, item } = await openRead();
    const info = {
      type: "informationalMessage" as Office.MailboxEnums.ItemNotificationMessageType,
      message: "Reply detected",
      icon: "icon1",
      persistent: false,
    };
    for (const key of ["a", "b", "c", "d", "e"]) {
      const added = await callAsync<void>((done) =>
        item.notificationMessages.addAsync(key, info, done),
      );
      expect(added.status).toBe("succeeded");
    }
    const sixth = await callAsync<void>((done) =>
      item.notificationMessages.addAsync("f", info, done),
    );
    const duplicate = await callAsync<void>((done) =>
      item.notificationMessages.addAsync("a", info, done),
    );
    const missing = await callAsync<void>((done) =>
      item.notificationMessages.removeAsync("zz", done),
    );
    expect(sixth.error.name).toBe("NumberOfNotificationsExceeded");
    expect(duplicate.error.name).toBe("DuplicateNotificationKey");
    expect(missing.error.name).toBe("NotificationKeyNotFound");
    expect(() =>
      item.notificationMessages.addAsync("k", { ...info, message: "m".repeat(151) }),
    ).toThrow(RangeError);
    expect(() => item.notificationMessages.addAsync("k".repeat(33), info)).toThrow(RangeError);
    expect(host.store.getState().notifications["AAMk/abc+1"]).toHaveLength(5);
  });

  it("hands a pinned pane the next item through ItemChanged", async () => {
    const second: Message = { ...inboxMessage, id: "AAMk-def_2", subject: "Second" };
    const host = createFakeHost({ messages: [inboxMessage, second] });
    await host.actions.selectMessage("AAMk-abc_1");
    host.store.update((state) => ({
      ...state,
      panes: [
        {
          paneId: "pane-read",
          surface: "read",
          label: "Tempo",
          src: "",
          supportsPinning: true,
          pinned: true,
        },
      ],
    }));
    const { office, ready } = createOffice(host.connect(readFrame));
    await ready;
    const changed = new Promise<string>((resolve) => {
      office.context?.mailbox.addHandlerAsync?.("olkItemSelectedChanged", () =>
        resolve((office.context?.mailbox.item as Office.MessageRead).subject),
      );
    });
    await host.actions.selectMessage("AAMk-def_2");
    await expect(changed).resolves.toBe("Second");
  });
});
