// DOMPurify with a small allow-list: the only way Tempo turns generated HTML into what it inserts into a message.
import DOMPurify from "dompurify";

/** Paragraphs and lists only; no attributes, so no links, styles, handlers or data-* markers. */
const allowedTags = ["p", "ul", "ol", "li", "br", "strong", "em", "b", "i"];

/**
 * Even Tempo's own HTML carries text from outside (zone labels, names), so it is sanitized too.
 * e.g. `<p onclick="x()">Hi<img src=x onerror=alert(1)></p><script>1</script>` gives `<p>Hi</p>`.
 */
export function sanitizeHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: [],
    // DOMPurify allows data-* attributes by default even with an empty ALLOWED_ATTR.
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    KEEP_CONTENT: true,
  });
}
