// Tracking settings from raw host values: checked, with defaults for anything missing or malformed.
import { readTrackingSettings } from "./tracking-settings";

describe("readTrackingSettings", () => {
  it("takes valid values as they are", () => {
    expect(
      readTrackingSettings({
        storedFollowUpDays: 0,
        mailboxAddress: "alex.wilber@contoso.com",
        accountUsername: "alex@contoso.onmicrosoft.com",
        locale: "fr-FR",
        timeZone: "Europe/Paris",
      }),
    ).toStrictEqual({
      followUpDays: 0,
      repAddress: "alex.wilber@contoso.com",
      locale: "fr-FR",
      timeZone: "Europe/Paris",
    });
  });

  it.each([undefined, "7", 2.5, -1, 61, Number.NaN, null])(
    "falls back to 3 days, the sign-in name, en-GB and UTC (stored days: %p)",
    (storedFollowUpDays) => {
      expect(
        readTrackingSettings({
          storedFollowUpDays,
          mailboxAddress: " ",
          accountUsername: "alex@contoso.onmicrosoft.com",
          locale: 42,
        }),
      ).toStrictEqual({
        followUpDays: 3,
        repAddress: "alex@contoso.onmicrosoft.com",
        locale: "en-GB",
        timeZone: "UTC",
      });
    },
  );

  it("has no rep address when neither the mailbox nor the sign-in knows one", () => {
    expect(readTrackingSettings({ storedFollowUpDays: 60 }).repAddress).toBeUndefined();
  });
});
