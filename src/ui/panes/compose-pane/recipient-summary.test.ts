import { countRecipients, formatRecipientLine } from "./recipient-summary";

describe("recipient summary", () => {
  it("counts recipients outside the rep's domain, ignoring case", () => {
    expect(
      countRecipients(
        ["dana@Fabrikam.com", "sam@CONTOSO.com", "kim@northwind.com"],
        "me@contoso.com",
      ),
    ).toStrictEqual({ total: 3, external: 2 });
  });

  it("leaves external undecided when the rep's address is unknown", () => {
    expect(countRecipients(["dana@fabrikam.com"], undefined)).toStrictEqual({
      total: 1,
      external: undefined,
    });
  });

  it.each([
    [{ total: 0, external: 0 }, "To: no recipients yet"],
    [{ total: 1, external: 0 }, "To: 1 recipient"],
    [{ total: 2, external: 1 }, "To: 2 recipients, 1 external"],
    [{ total: 2, external: undefined }, "To: 2 recipients"],
  ])("formats %j as %s", (count, expected) => {
    expect(formatRecipientLine("To", count)).toBe(expected);
  });
});
