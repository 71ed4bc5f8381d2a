// Client profiles as e2e tests set them through the URL, and the requirement sets such a client reports.
import {
  applyQueryToProfile,
  defaultProfile,
  isSetSupportedBy,
  parseStoredProfile,
} from "./client-profile";

describe("client profile", () => {
  it("reads ?mailbox=1.12&naa=0&platform=PC&theme=dark over the stored profile", () => {
    const query = new URLSearchParams("mailbox=1.12&naa=0&platform=PC&theme=dark");
    expect(applyQueryToProfile(defaultProfile, query)).toStrictEqual({
      mailboxMinor: 12,
      nestedAppAuth: false,
      platform: "PC",
      theme: "dark",
    });
  });

  it("ignores values outside what a client can be", () => {
    const query = new URLSearchParams("mailbox=1.16&naa=maybe&platform=Amiga&theme=blue");
    expect(applyQueryToProfile(defaultProfile, query)).toStrictEqual(defaultProfile);
  });

  it("falls back to the defaults for a corrupt stored profile", () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(parseStoredProfile("{not json")).toStrictEqual(defaultProfile);
    expect(parseStoredProfile('{"mailboxMinor":9,"platform":"Mac"}')).toStrictEqual({
      ...defaultProfile,
      mailboxMinor: 9,
      platform: "Mac",
    });
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it.each([
    ["Mailbox", "1.12", true],
    ["mailbox", "1.13", false],
    ["Mailbox", 1.1, true],
    ["Mailbox", undefined, true],
    ["NestedAppAuth", "1.1", false],
    ["DialogApi", "1.2", true],
    ["ExcelApi", "1.1", false],
  ] as const)(
    "a Mailbox 1.12 client without NAA answers isSetSupported(%s, %s) with %s",
    (name, version, expected) => {
      expect(
        isSetSupportedBy(
          { ...defaultProfile, mailboxMinor: 12, nestedAppAuth: false },
          name,
          version,
        ),
      ).toBe(expected);
    },
  );

  it("reports NestedAppAuth 1.1 when the profile supports it", () => {
    expect(isSetSupportedBy(defaultProfile, "NestedAppAuth", "1.1")).toBe(true);
  });
});
