// Turns hostile mail HTML into plain text through an inert DOMParser document: no script runs, nothing loads.

const blockTags = new Set([
  "P",
  "DIV",
  "BR",
  "LI",
  "TR",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "BLOCKQUOTE",
  "PRE",
  "TABLE",
  "UL",
  "OL",
]);

/** e.g. "<p>Hi&nbsp;<b>Ann</b></p><p>Bye</p>" gives "Hi Ann\nBye". */
export function htmlToText(html: string): string {
  const parsed = new DOMParser().parseFromString(html, "text/html");
  parsed.querySelectorAll("script, style, head, template").forEach((element) => element.remove());
  parsed.body.querySelectorAll("*").forEach((element) => {
    if (blockTags.has(element.tagName)) element.append(parsed.createTextNode("\n"));
  });
  const text = (parsed.body.textContent ?? "").replace(/\u00a0/g, " ");
  return text
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Escapes text for insertion into an HTML body, keeping line breaks. */
export function textToHtml(text: string): string {
  const escaped = text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
  return escaped.replace(/\r?\n/g, "<br>");
}
