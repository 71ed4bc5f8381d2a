// Smart Alerts pre-send checks over an Office fake: out of hours, replied since the draft began, old clients, failures and slowness.
import { runPreSendChecks, type PreSendItem, type PreSendOffice } from "./pre-send-checks";

const failed = "failed";
const kolkataEvening = new Date("2026-03-10T16:45:00Z"); // 22:15 in Kolkata
const kolkataMorning = new Date("2026-03-10T05:00:00Z"); // 10:30 in Kolkata

function buildOffice(options: {
  mailboxMinor?: number;
  item?: Partial<PreSendItem>;
  roaming?: Record<string, unknown>;
}): PreSendOffice {
  const item: PreSendItem = {
    conversationId: "AAQkConv",
    to: {
      getAsync: (callback) =>
        callback({ status: "succeeded", value: [{ emailAddress: "Priya.Raman@fabrikam.com" }] }),
    },
    ...options.item,
  };
  const roaming: Record<string, unknown> = {
    sendLaterProspectZones: [{ a: "priya.raman@fabrikam.com", z: "Asia/Kolkata" }],
    ...options.roaming,
  };
  return {
    AsyncResultStatus: { Failed: failed },
    context: {
      requirements: {
        isSetSupported: (name, minVersion) =>
          name === "Mailbox" &&
          Number((minVersion ?? "1.1").split(".")[1]) <= (options.mailboxMinor ?? 15),
      },
      roamingSettings: { get: (name) => roaming[name] },
      mailbox: { item },
    },
  };
}

const outOfHoursMessage =
  "It will be 22:15 on 2026-03-10 for Priya.Raman@fabrikam.com (Asia/Kolkata), outside business hours. Schedule it for 08:30 their time (Wed 11 Mar 2026, 08:30 (Asia/Kolkata, UTC+05:30)) in Tempo, or send anyway.";

describe("runPreSendChecks", () => {
  it("prompts with 'Schedule for 08:30' and Send Anyway for an out-of-hours send on Mailbox 1.14", async () => {
    await expect(
      runPreSendChecks({ office: buildOffice({}), now: kolkataEvening }),
    ).resolves.toStrictEqual({
      allowEvent: false,
      errorMessage: outOfHoursMessage,
      cancelLabel: "Schedule for 08:30",
      commandId: "Tempo.ComposeButton",
      sendModeOverride: "promptUser",
    });
  });

  it("gives the plain alert on a Mailbox 1.12 client (no button text, no override)", async () => {
    await expect(
      runPreSendChecks({ office: buildOffice({ mailboxMinor: 12 }), now: kolkataEvening }),
    ).resolves.toStrictEqual({ allowEvent: false, errorMessage: outOfHoursMessage });
  });

  it("lets a send in business hours go", async () => {
    await expect(
      runPreSendChecks({ office: buildOffice({}), now: kolkataMorning }),
    ).resolves.toStrictEqual({
      allowEvent: true,
    });
  });

  it("checks the scheduled delivery time, not now, when one is set", async () => {
    const item = {
      delayDeliveryTime: {
        getAsync: (callback: (result: { status: string; value: Date | 0 }) => void) =>
          callback({ status: "succeeded", value: new Date("2026-03-11T03:00:00Z") }),
      },
    };
    await expect(
      runPreSendChecks({ office: buildOffice({ item }), now: kolkataEvening }),
    ).resolves.toStrictEqual({
      allowEvent: true,
    });
  });

  it("lets mail to a prospect with no known zone go", async () => {
    const office = buildOffice({ roaming: { sendLaterProspectZones: [] } });
    await expect(runPreSendChecks({ office, now: kolkataEvening })).resolves.toStrictEqual({
      allowEvent: true,
    });
  });

  it("warns when the prospect replied in this conversation after the draft was started", async () => {
    const item = {
      sessionData: {
        getAsync: (_name: string, callback: (result: { status: string; value: string }) => void) =>
          callback({ status: "succeeded", value: "2026-03-10T04:00:00.000Z" }),
      },
    };
    const office = buildOffice({
      item,
      roaming: { sendLaterRecentReplies: [{ c: "AAQkConv", t: "2026-03-10T04:30:00.000Z" }] },
    });
    await expect(runPreSendChecks({ office, now: kolkataMorning })).resolves.toStrictEqual({
      allowEvent: false,
      errorMessage:
        "The prospect replied in this conversation after you started this draft. Read the reply before sending.",
      sendModeOverride: "promptUser",
    });
  });

  it("does not warn about a reply that came before the draft was started (the draft answers it)", async () => {
    const item = {
      sessionData: {
        getAsync: (_name: string, callback: (result: { status: string; value: string }) => void) =>
          callback({ status: "succeeded", value: "2026-03-10T04:40:00.000Z" }),
      },
    };
    const office = buildOffice({
      item,
      roaming: { sendLaterRecentReplies: [{ c: "AAQkConv", t: "2026-03-10T04:30:00.000Z" }] },
    });
    await expect(runPreSendChecks({ office, now: kolkataMorning })).resolves.toStrictEqual({
      allowEvent: true,
    });
  });

  it("lets the send go when Office calls fail or throw", async () => {
    const item = {
      to: {
        getAsync: () => {
          throw new Error("host gone");
        },
      },
      sessionData: {
        getAsync: (_name: string, callback: (result: { status: string; value: string }) => void) =>
          callback({ status: failed, value: "" }),
      },
    };
    await expect(
      runPreSendChecks({ office: buildOffice({ item }), now: kolkataEvening }),
    ).resolves.toStrictEqual({
      allowEvent: true,
    });
    await expect(
      runPreSendChecks({ office: undefined, now: kolkataEvening }),
    ).resolves.toStrictEqual({
      allowEvent: true,
    });
  });

  it("finishes within its budget when Office never answers", async () => {
    const item = { to: { getAsync: () => undefined } };
    const startedMs = Date.now();
    await expect(
      runPreSendChecks({ office: buildOffice({ item }), now: kolkataEvening, budgetMs: 50 }),
    ).resolves.toStrictEqual({ allowEvent: true });
    expect(Date.now() - startedMs).toBeLessThan(1000);
  });
});
