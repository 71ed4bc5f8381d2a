import { toTrackId } from "../core/tracking/tracking-marker";
import { OfficeComposeTrackingMark } from "../adapters/office/compose-tracking-mark";
import {
  applyDefaultTracking,
  hasExternalRecipient,
  trackExternalByDefaultSetting,
  type EventOffice,
} from "./default-tracking";
import { createEventOfficeFake } from "./event-office-fake";

const defaultOn = { [trackExternalByDefaultSetting]: true };

function run(office: EventOffice, trigger: "new_compose" | "send") {
  return applyDefaultTracking({
    office,
    trigger,
    createMark: (item) =>
      new OfficeComposeTrackingMark({
        item,
        asyncResultStatus: office.AsyncResultStatus,
        createTrackId: () => toTrackId("tt-new"),
      }),
  });
}

describe("hasExternalRecipient", () => {
  it.each([
    [["dana@fabrikam.com"], "alex@contoso.com", true],
    [["sam@CONTOSO.com", "lee@contoso.com"], "alex@contoso.com", false],
    [["sam@contoso.com", "kim@northwind.com"], "Alex@Contoso.com", true],
    [[], "alex@contoso.com", false],
    [["no-at-sign"], "alex@contoso.com", false],
    [["dana@fabrikam.com"], "", false],
  ])("%j for %s gives %s", (addresses, own, expected) => {
    expect(hasExternalRecipient(addresses, own)).toBe(expected);
  });
});

describe("applyDefaultTracking on send", () => {
  it("marks the email when the default is on and a Cc recipient is external", async () => {
    const fake = createEventOfficeFake({
      to: ["sam@contoso.com"],
      cc: ["dana@fabrikam.com"],
      settings: defaultOn,
    });

    await expect(run(fake.office, "send")).resolves.toBe("marked");
    expect(fake.saved).toStrictEqual({ tempoTrackId: "tt-new" });
    expect(fake.calls).toStrictEqual([
      "load",
      "getRecipients",
      "getRecipients",
      "load",
      "saveCustomProperties",
      "saveItem",
    ]);
  });

  it("leaves the email unmarked when every recipient is in the rep's domain", async () => {
    const fake = createEventOfficeFake({ to: ["sam@contoso.com"], settings: defaultOn });

    await expect(run(fake.office, "send")).resolves.toBe("no_external_recipient");
    expect(fake.saved).toStrictEqual({});
  });

  it("does nothing when the setting is off or absent", async () => {
    const absent = createEventOfficeFake({ to: ["dana@fabrikam.com"] });
    const off = createEventOfficeFake({
      to: ["dana@fabrikam.com"],
      settings: { [trackExternalByDefaultSetting]: false },
    });

    await expect(run(absent.office, "send")).resolves.toBe("default_off");
    await expect(run(off.office, "send")).resolves.toBe("default_off");
    expect([absent.saved, off.saved]).toStrictEqual([{}, {}]);
  });

  it("respects the rep turning tracking off for this email", async () => {
    const fake = createEventOfficeFake({
      to: ["dana@fabrikam.com"],
      settings: defaultOn,
      saved: { tempoTracking: "off" },
    });

    await expect(run(fake.office, "send")).resolves.toBe("explicit_choice_kept");
    expect(fake.saved).toStrictEqual({ tempoTracking: "off" });
    expect(fake.calls).toStrictEqual(["load"]);
  });

  it("keeps the rep's explicit mark even to internal recipients", async () => {
    const fake = createEventOfficeFake({
      to: ["sam@contoso.com"],
      settings: defaultOn,
      saved: { tempoTrackId: "tt-rep", tempoTracking: "on" },
    });

    await expect(run(fake.office, "send")).resolves.toBe("explicit_choice_kept");
    expect(fake.saved).toStrictEqual({ tempoTrackId: "tt-rep", tempoTracking: "on" });
  });

  it("keeps a mark the default already made", async () => {
    const fake = createEventOfficeFake({
      to: ["dana@fabrikam.com"],
      settings: defaultOn,
      saved: { tempoTrackId: "tt-early" },
    });

    await expect(run(fake.office, "send")).resolves.toBe("already_marked");
    expect(fake.saved).toStrictEqual({ tempoTrackId: "tt-early" });
  });

  it("removes a default mark when the external recipients were removed before send", async () => {
    const fake = createEventOfficeFake({
      to: ["sam@contoso.com"],
      settings: defaultOn,
      saved: { tempoTrackId: "tt-early" },
    });

    await expect(run(fake.office, "send")).resolves.toBe("unmarked");
    expect(fake.saved).toStrictEqual({});
  });

  it("reports no item when Outlook gives none", async () => {
    const fake = createEventOfficeFake({ hasItem: false, settings: defaultOn });

    await expect(run(fake.office, "send")).resolves.toBe("no_item");
    expect(fake.calls).toStrictEqual([]);
  });

  it("rejects when the recipients cannot be read, leaving the item as it was", async () => {
    const fake = createEventOfficeFake({
      to: ["dana@fabrikam.com"],
      settings: defaultOn,
      failRecipients: true,
    });

    await expect(run(fake.office, "send")).rejects.toThrow("Failed.");
    expect(fake.saved).toStrictEqual({});
  });
});

describe("applyDefaultTracking on a new compose", () => {
  it("pre-marks a reply that already has an external recipient", async () => {
    const fake = createEventOfficeFake({ to: ["dana@fabrikam.com"], settings: defaultOn });

    await expect(run(fake.office, "new_compose")).resolves.toBe("marked");
    expect(fake.saved).toStrictEqual({ tempoTrackId: "tt-new" });
  });

  it("leaves a new message with no recipients yet to the send handler", async () => {
    const fake = createEventOfficeFake({ settings: defaultOn });

    await expect(run(fake.office, "new_compose")).resolves.toBe("no_external_recipient");
    expect(fake.saved).toStrictEqual({});
  });

  it("drops a mark inherited from the forwarded message before deciding", async () => {
    const fake = createEventOfficeFake({
      to: [],
      saved: { tempoTrackId: "tt-parent", tempoTracking: "on", other: "x" },
    });

    await expect(run(fake.office, "new_compose")).resolves.toBe("default_off");
    expect(fake.saved).toStrictEqual({ other: "x" });
  });

  it("gives an inherited, forwarded email to an external recipient its own track id", async () => {
    const fake = createEventOfficeFake({
      to: ["dana@fabrikam.com"],
      settings: defaultOn,
      saved: { tempoTrackId: "tt-parent" },
    });

    await expect(run(fake.office, "new_compose")).resolves.toBe("marked");
    expect(fake.saved).toStrictEqual({ tempoTrackId: "tt-new" });
  });
});
