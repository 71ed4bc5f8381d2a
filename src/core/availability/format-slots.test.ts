// Slots as the prospect reads them: their zone, their locale, the zone named, HTML escaped.
import { escapeHtml, formatSlots } from "./format-slots";

const novemberSlots = [
  { startUtc: "2026-11-24T14:00:00.000Z", endUtc: "2026-11-24T14:30:00.000Z" },
  { startUtc: "2026-11-24T15:00:00.000Z", endUtc: "2026-11-24T15:30:00.000Z" },
  { startUtc: "2026-11-25T15:00:00.000Z", endUtc: "2026-11-25T15:30:00.000Z" },
];

describe("formatSlots", () => {
  it.each([
    [
      "writes New York days in British English with the zone named",
      "America/New_York",
      "en-GB",
      "Tue 24 Nov: 09:00–09:30, 10:00–10:30 (Eastern Time — New York)\nWed 25 Nov: 10:00–10:30 (Eastern Time — New York)",
      "Eastern Time — New York",
    ],
    [
      "writes the same slots for a prospect in Kolkata, given as a Windows name",
      "India Standard Time",
      "en-GB",
      "Tue 24 Nov: 19:30–20:00, 20:30–21:00 (India Standard Time — Kolkata)\nWed 25 Nov: 20:30–21:00 (India Standard Time — Kolkata)",
      "India Standard Time — Kolkata",
    ],
    [
      "moves a late slot to the next day for a prospect in Kathmandu (UTC+5:45)",
      "Asia/Kathmandu",
      "en-GB",
      "Tue 24 Nov: 19:45–20:15, 20:45–21:15 (Nepal Time — Kathmandu)\nWed 25 Nov: 20:45–21:15 (Nepal Time — Kathmandu)",
      "Nepal Time — Kathmandu",
    ],
    [
      "writes French day names and the French zone name",
      "Europe/Paris",
      "fr-FR",
      "mar. 24 nov.: 15:00–15:30, 16:00–16:30 (heure d’Europe centrale — Paris)\nmer. 25 nov.: 16:00–16:30 (heure d’Europe centrale — Paris)",
      "heure d’Europe centrale — Paris",
    ],
  ])("%s", (_scenario, timeZone, locale, text, zoneLabel) => {
    const html = `<ul>${text
      .split("\n")
      .map((line) => `<li>${line}</li>`)
      .join("")}</ul>`;
    expect(formatSlots({ slots: novemberSlots, timeZone, locale })).toStrictEqual({
      ok: true,
      text,
      html,
      zoneLabel,
    });
  });

  it("gives empty text and html when there are no slots", () => {
    expect(formatSlots({ slots: [], timeZone: "Europe/London", locale: "en-GB" })).toStrictEqual({
      ok: true,
      text: "",
      html: "",
      zoneLabel: "United Kingdom Time — London",
    });
  });

  it.each([
    [
      "an unknown zone",
      { timeZone: "Atlantis", locale: "en-GB" },
      "format.timeZone",
      'unknown time zone "Atlantis" (expected an IANA or Windows zone name)',
    ],
    [
      "a malformed locale",
      { timeZone: "UTC", locale: "en_GB!" },
      "format.locale",
      '"en_GB!" is not a BCP 47 language tag',
    ],
  ])("rejects %s", (_scenario, options, field, message) => {
    expect(formatSlots({ slots: novemberSlots, ...options })).toStrictEqual({
      ok: false,
      error: { code: "invalid_input", field, message },
    });
  });
});

describe("escapeHtml", () => {
  it.each([
    [
      "escapes all five of & < > \" '",
      `<a href="x">Tom & Jerry's</a>`,
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;",
    ],
    ["leaves plain text and en dashes alone", "09:00–09:30", "09:00–09:30"],
    ["escapes an already escaped entity again", "&amp;", "&amp;amp;"],
  ])("%s", (_scenario, input, expected) => {
    expect(escapeHtml(input)).toStrictEqual(expected);
  });
});
