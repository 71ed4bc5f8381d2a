// Windows ↔ IANA names from CLDR and resolution of whatever zone name Graph or a user hands us.
import { ianaToWindows, resolveTimeZone, windowsToIana, type IanaTimeZone } from "./zones";

describe("windowsToIana and ianaToWindows", () => {
  it.each([
    ["Pacific Standard Time", "America/Los_Angeles"],
    ["India Standard Time", "Asia/Kolkata"],
    ["Lord Howe Standard Time", "Australia/Lord_Howe"],
    ["Nepal Standard Time", "Asia/Kathmandu"],
    ["Cen. Australia Standard Time", "Australia/Adelaide"],
    ["GMT Standard Time", "Europe/London"],
    ["Eastern Standard Time", "America/New_York"],
  ])("round-trips %s ↔ %s", (windows, iana) => {
    expect({ iana: windowsToIana(windows), windows: ianaToWindows(iana) }).toStrictEqual({
      iana,
      windows,
    });
  });

  it.each([
    ["Asia/Calcutta", "India Standard Time"],
    ["Asia/Katmandu", "Nepal Standard Time"],
    ["America/Vancouver", "Pacific Standard Time"],
    ["Etc/UTC", "UTC"],
    ["Mars/Olympus", undefined],
  ])("maps the IANA id %s to %s", (iana, windows) => {
    expect(ianaToWindows(iana)).toStrictEqual(windows);
  });

  it("gives undefined for an unknown Windows name", () => {
    expect(windowsToIana("Martian Standard Time")).toStrictEqual(undefined);
  });
});

describe("resolveTimeZone", () => {
  it.each([
    ["an IANA id as given", "Asia/Kolkata", { ok: true, timeZone: "Asia/Kolkata", source: "iana" }],
    [
      "a Windows name to its golden zone",
      "AUS Central Standard Time",
      { ok: true, timeZone: "Australia/Darwin", source: "windows" },
    ],
    ["UTC as Windows' UTC", "UTC", { ok: true, timeZone: "Etc/UTC", source: "windows" }],
    [
      "an unknown name to invalid_input",
      "Mars/Olympus",
      {
        ok: false,
        error: {
          code: "invalid_input",
          field: "timeZone",
          message: 'unknown time zone "Mars/Olympus" (expected an IANA or Windows zone name)',
        },
      },
    ],
    [
      "luxon's invented offsets to invalid_input",
      "UTC+3",
      {
        ok: false,
        error: {
          code: "invalid_input",
          field: "timeZone",
          message: 'unknown time zone "UTC+3" (expected an IANA or Windows zone name)',
        },
      },
    ],
  ])("resolves %s", (_scenario, name, expected) => {
    expect(resolveTimeZone(name)).toStrictEqual(expected);
  });

  it("brands zones so a plain string cannot pose as a checked one", () => {
    // @ts-expect-error a bare string is not an IanaTimeZone until resolveTimeZone says so
    const unchecked: IanaTimeZone = "Asia/Kolkata";
    expect(unchecked).toStrictEqual("Asia/Kolkata");
  });
});
