// Quote stripping for the common clients; add a row with the raw body and the unique text it must keep.
import { stripQuotedText } from "./strip-quoted-text";

const cases: readonly [string, string, string][] = [
  [
    "Gmail",
    "Hello\n\nOn Mon, Mar 3, 2025 at 9:00 AM Ann Lee <ann@example.com>\nwrote:\n> hi",
    "Hello",
  ],
  ["'>' quoting", "Sure.\n> I am out of the office", "Sure."],
  ["Outlook", "Ok.\n\n-----Original Message-----\nFrom: Bob\nSent: Monday", "Ok."],
  ["Outlook From/Sent header", "Ok.\n\nFrom: Bob Smith\nSent: Monday, March 3", "Ok."],
  ["German Outlook", "Danke.\n\n-----Ursprüngliche Nachricht-----\nVon: Bob", "Danke."],
  ["French client", "Merci.\n\nLe lun. 3 mars 2025, Ann a écrit :\n> salut", "Merci."],
  ["no quote", "Just text\nover two lines", "Just text\nover two lines"],
];

describe("stripQuotedText", () => {
  it.each(cases)("keeps only the reply for %s", (_client, body, expected) => {
    expect(stripQuotedText(body)).toStrictEqual(expected);
  });
});
