// Unit tests of the $filter parser and evaluator: precedence, lambdas, literals, and the extended-property case rules.
import { evaluate, isSameExtendedPropertyId } from "./odata-filter-eval";
import { listFilterPaths, parseFilter } from "./odata-filter-parser";
import type { JsonObject } from "./graph-types";

const message: JsonObject = {
  subject: "RE: Pricing",
  isRead: false,
  receivedDateTime: "2025-03-12T10:00:00Z",
  from: { emailAddress: { address: "sofia@northwindtraders.com" } },
  flag: { flagStatus: "flagged" },
  singleValueExtendedProperties: [
    { id: "String {6f4d3e2a-9b1c-4d5e-8f7a-1b2c3d4e5f60} Name TempoTrackId", value: "trk-0004" },
  ],
};

describe("parseFilter", () => {
  it("binds and tighter than or, and keeps paths in order of appearance", () => {
    const tree = parseFilter("isRead eq false or subject eq 'x' and flag/flagStatus eq 'flagged'");
    expect(tree.kind === "logical" ? tree.op : "").toBe("or");
    expect(listFilterPaths(tree)).toStrictEqual(["isRead", "subject", "flag/flagStatus"]);
  });

  it("parses an any() lambda with a nested and, and unescapes doubled quotes", () => {
    const tree = parseFilter(
      "singleValueExtendedProperties/any(ep: ep/id eq 'a' and ep/value eq 'O''Connell')",
    );
    expect(tree).toStrictEqual({
      kind: "any",
      collection: ["singleValueExtendedProperties"],
      variable: "ep",
      predicate: {
        kind: "logical",
        op: "and",
        left: {
          kind: "compare",
          op: "eq",
          left: { kind: "path", segments: ["ep", "id"] },
          right: { kind: "literal", value: "a", literalType: "string" },
        },
        right: {
          kind: "compare",
          op: "eq",
          left: { kind: "path", segments: ["ep", "value"] },
          right: { kind: "literal", value: "O'Connell", literalType: "string" },
        },
      },
    });
  });

  it.each(["subject eq", "(isRead eq true", "subject eq 'x' extra", "contains(subject)", ""])(
    "rejects the malformed filter %p with 400",
    (text) => {
      expect(() => parseFilter(text)).toThrow(
        expect.objectContaining({ status: 400, code: "BadRequest" }) as unknown as Error,
      );
    },
  );
});

describe("evaluate", () => {
  it.each([
    ["receivedDateTime ge 2025-03-12T00:00:00Z and receivedDateTime lt 2025-03-13T00:00:00Z", true],
    ["receivedDateTime gt 2025-03-12T10:00:00Z", false],
    ["from/emailAddress/address eq 'SOFIA@northwindtraders.com'", true],
    ["not (isRead eq true)", true],
    ["flag/flagStatus ne 'flagged'", false],
    ["contains(subject, 'pricing')", true],
    ["startswith(subject, 'FW:')", false],
    [
      "singleValueExtendedProperties/any(ep: ep/id eq 'String {6F4D3E2A-9B1C-4D5E-8F7A-1B2C3D4E5F60} Name TempoTrackId' and ep/value eq 'TRK-0004')",
      true,
    ],
    [
      "singleValueExtendedProperties/any(ep: ep/id eq 'String {6f4d3e2a-9b1c-4d5e-8f7a-1b2c3d4e5f60} Name tempotrackid' and ep/value ne null)",
      false,
    ],
    [
      "singleValueExtendedProperties/any(ep: ep/id eq 'String {6f4d3e2a-9b1c-4d5e-8f7a-1b2c3d4e5f60} Name TempoTrackId' and contains(ep/value, '0004'))",
      true,
    ],
    ["subject eq null", false],
  ])("%s → %p", (text, expected) => {
    expect(evaluate(parseFilter(text), message)).toBe(expected);
  });

  it("compares extended-property ids with a case-insensitive GUID and a case-sensitive Name", () => {
    const id = "String {00020329-0000-0000-C000-000000000046} Name cecp-abc";
    expect([
      isSameExtendedPropertyId(id, id.toLowerCase()),
      isSameExtendedPropertyId(id, "string {00020329-0000-0000-c000-000000000046} name cecp-abc"),
      isSameExtendedPropertyId("SystemTime 0x3FEF", "systemtime 0x3fef"),
    ]).toStrictEqual([true, true, true]);
    expect(
      isSameExtendedPropertyId(
        "String {6f4d3e2a-9b1c-4d5e-8f7a-1b2c3d4e5f60} Name TempoTrackId",
        "String {6f4d3e2a-9b1c-4d5e-8f7a-1b2c3d4e5f60} Name tempoTrackId",
      ),
    ).toBe(false);
  });
});
