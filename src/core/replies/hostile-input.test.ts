// Hostile and malformed messages: the classifier must return a verdict, never throw, and stay fast.
import { buildInboundMessage } from "./__fixtures__/build-inbound-message";
import { classifyReply } from "./classify-reply";
import type { InboundMessage } from "./inbound-message";
import type { ReplyVerdict } from "./reply-verdict";

const tenMegabytes = "a".repeat(10 * 1024 * 1024);

const cases: readonly { name: string; message: InboundMessage; expected: ReplyVerdict }[] = [
  {
    name: "script tags in the subject and sender name",
    message: buildInboundMessage({
      subject: "<script>alert(1)</script>",
      from: { name: "<img src=x onerror=alert(1)>", address: "x@example.com" },
    }),
    expected: { kind: "human_reply" },
  },
  {
    name: "a 10 MB text body",
    message: buildInboundMessage({ body: { contentType: "text", content: tenMegabytes } }),
    expected: { kind: "human_reply" },
  },
  {
    name: "a 10 MB HTML body of unclosed tags",
    message: buildInboundMessage({
      body: { contentType: "html", content: "<".repeat(10 * 1024 * 1024) },
    }),
    expected: { kind: "human_reply" },
  },
  { name: "an empty message", message: {}, expected: { kind: "human_reply" } },
  {
    name: "fields of the wrong type from a broken payload",
    message: JSON.parse(
      '{"subject":42,"from":null,"internetMessageHeaders":[null,{"name":7}],"attachments":[null,{"contentType":null}],"body":{"contentType":"html","content":null}}',
    ) as InboundMessage,
    expected: { kind: "human_reply" },
  },
];

describe("classifyReply on hostile input", () => {
  it.each(cases)("classifies $name without throwing", ({ message, expected }) => {
    expect(classifyReply(message)).toStrictEqual(expected);
  });
});
