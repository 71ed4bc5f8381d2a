import { buildAdminConsentUrl } from "./admin-consent-url";
import { listPermissionRows, parseScopeClaim } from "./permission-rows";

describe("listPermissionRows", () => {
  it("marks only the scopes in the token as granted", () => {
    const rows = listPermissionRows(["User.Read"]);

    expect(rows.map((row) => [row.scope, row.isGranted])).toStrictEqual([
      ["User.Read", true],
      ["Mail.Read", false],
      ["Mail.ReadWrite", false],
      ["Mail.Send", false],
      ["Calendars.ReadBasic", false],
      ["Calendars.ReadWrite", false],
      ["MailboxSettings.Read", false],
    ]);
  });

  it("counts a narrower scope as granted when a broader one is, ignoring case", () => {
    const rows = listPermissionRows(["mail.readwrite"]);

    expect(rows.filter((row) => row.isGranted).map((row) => row.scope)).toStrictEqual([
      "Mail.Read",
      "Mail.ReadWrite",
    ]);
  });

  it("names the features that use each scope and flags admin-only scopes", () => {
    const row = listPermissionRows([]).find((r) => r.scope === "Calendars.ReadBasic");

    expect(row).toStrictEqual({
      scope: "Calendars.ReadBasic",
      plainLanguage: expect.any(String) as string,
      featureLabels: ["Share availability"],
      requiresAdminConsent: true,
      isGranted: false,
    });
  });

  it("splits an scp claim and tolerates a missing one", () => {
    expect(parseScopeClaim("User.Read  Mail.Send")).toStrictEqual(["User.Read", "Mail.Send"]);
    expect(parseScopeClaim(undefined)).toStrictEqual([]);
  });
});

describe("buildAdminConsentUrl", () => {
  it("names the tenant and the exact scopes, space-separated and URL-encoded", () => {
    const url = buildAdminConsentUrl({
      authorityOrigin: "https://login.microsoftonline.com/",
      tenant: "378087a5-27cb-47cf-87b5-62a739856475",
      clientId: "d638ed90-0eaf-4524-a4db-0e8df53e8116",
      scopes: ["User.Read", "Mail.Send"],
      redirectUri: "https://localhost:3000/auth-dialog.html",
    });

    expect(url).toBe(
      "https://login.microsoftonline.com/378087a5-27cb-47cf-87b5-62a739856475/v2.0/adminconsent" +
        "?client_id=d638ed90-0eaf-4524-a4db-0e8df53e8116" +
        "&scope=https%3A%2F%2Fgraph.microsoft.com%2FUser.Read%20https%3A%2F%2Fgraph.microsoft.com%2FMail.Send" +
        "&redirect_uri=https%3A%2F%2Flocalhost%3A3000%2Fauth-dialog.html",
    );
    expect(new URL(url).searchParams.get("scope")).toBe(
      "https://graph.microsoft.com/User.Read https://graph.microsoft.com/Mail.Send",
    );
  });
});
