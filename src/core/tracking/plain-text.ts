// Turns untrusted text (subjects, names, bounce reasons) into short, single-line plain text for display.

/** C0/C1 controls, and the bidi overrides and isolates that can make text read backwards. */
const UNSAFE_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- finding control characters is this regex's job
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * `value` as one line of plain text of at most `maxChars` characters: controls become spaces,
 * whitespace runs collapse, and a cut ends in "…"; anything that is not a string gives "".
 * e.g. `toPlainText("Hi\u0000 <b>there</b>\n", 8)` gives `"Hi <b>t…"`. Markup stays text: the
 * caller renders it as text, never as HTML.
 */
export function toPlainText(value: unknown, maxChars: number): string {
  if (typeof value !== "string") return "";
  // Bounds the work on hostile 1 MB values: nothing past this can survive the cut anyway.
  const head = value.length > maxChars * 4 + 64 ? value.slice(0, maxChars * 4 + 64) : value;
  const text = head.replace(UNSAFE_CHARACTERS, " ").replace(/\s+/g, " ").trim();
  if (text.length <= maxChars) return text;
  let cut = text.slice(0, Math.max(0, maxChars - 1));
  // Never leave half of a surrogate pair (an emoji) before the ellipsis.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
