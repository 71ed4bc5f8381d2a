import { sanitizeHtml } from "./sanitize-html";

describe("sanitizeHtml", () => {
  it("keeps paragraphs and lists and drops scripts, handlers and attributes", () => {
    expect(
      sanitizeHtml(
        '<p onclick="x()" style="color:red">Hi<img src=x onerror=alert(1)></p><script>alert(1)</script><ul><li data-x="1">Thu</li></ul>',
      ),
    ).toBe("<p>Hi</p><ul><li>Thu</li></ul>");
  });

  it("keeps the text of disallowed elements but not their markup", () => {
    expect(
      sanitizeHtml('<a href="javascript:alert(1)">Eastern Time</a> — <span>New York</span>'),
    ).toBe("Eastern Time — New York");
  });

  it("leaves escaped text escaped", () => {
    expect(sanitizeHtml("<p>&lt;script&gt;Tom &amp; Jerry</p>")).toBe(
      "<p>&lt;script&gt;Tom &amp; Jerry</p>",
    );
  });
});
