// `tempo consent-url`: the URL for explicit values, defaults read from a manifest, --json, and one row per bad argument.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deriveAllScopes } from "../../core/consent/derive-scopes";
import { consentUrlCommand } from "./consent-url-command";

const clientId = "11111111-2222-3333-4444-555555555555";

async function runConsentUrl(
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await consentUrlCommand.run(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

const expectedScope = deriveAllScopes()
  .map((scope) => `https://graph.microsoft.com/${scope}`)
  .join(" ");

describe("tempo consent-url", () => {
  it("prints the v2.0 adminconsent URL for every scope Tempo asks for", async () => {
    const result = await runConsentUrl([
      "--tenant",
      "contoso.onmicrosoft.com",
      "--client-id",
      clientId,
      "--redirect-uri",
      "https://addin.contoso.com/auth-dialog.html",
      "--json",
    ]);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as { url: string; scopes: string[] };
    const url = new URL(printed.url);
    expect(url.origin + url.pathname).toBe(
      "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/adminconsent",
    );
    expect(Object.fromEntries(url.searchParams)).toStrictEqual({
      client_id: clientId,
      scope: expectedScope,
      redirect_uri: "https://addin.contoso.com/auth-dialog.html",
    });
    expect(printed).toStrictEqual({
      url: printed.url,
      tenant: "contoso.onmicrosoft.com",
      clientId,
      redirectUri: "https://addin.contoso.com/auth-dialog.html",
      scopes: deriveAllScopes(),
      sources: { clientId: "--client-id", redirectUri: "--redirect-uri" },
    });
  });

  it("reads the client id and redirect origin from a production manifest", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tempo-consent-"));
    const manifestPath = path.join(dir, "manifest.xml");
    writeFileSync(
      manifestPath,
      `<OfficeApp><FormSettings><Form><DesktopSettings><SourceLocation DefaultValue="https://addin.contoso.com/read.html"/></DesktopSettings></Form></FormSettings>` +
        `<WebApplicationInfo><Id>${clientId}</Id><Resource>api://addin.contoso.com/${clientId}</Resource></WebApplicationInfo></OfficeApp>`,
    );
    const result = await runConsentUrl(["--tenant", "contoso.com", "--manifest", manifestPath]);
    rmSync(dir, { recursive: true, force: true });
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe(
      "Admin consent for Tempo in contoso.com: open this link as a Cloud Application Administrator (or higher).",
    );
    expect(new URL(lines[1] ?? "").searchParams.get("redirect_uri")).toBe(
      "https://addin.contoso.com/auth-dialog.html",
    );
    expect(lines[3]).toBe(`client id     ${clientId}  (${manifestPath})`);
    expect(result.stdout).not.toContain("note:");
  });

  it("falls back to the development manifest and says so", async () => {
    const result = await runConsentUrl(["--tenant", "contoso.onmicrosoft.com"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "redirect_uri=https%3A%2F%2Flocalhost%3A3000%2Fauth-dialog.html",
    );
    expect(result.stdout).toMatch(/note: these are the development manifest's values/);
  });

  it.each([
    ["no --tenant", 2, [], /--tenant is required/],
    [
      "a tenant that is not a GUID or domain",
      2,
      ["--tenant", "contoso"],
      /--tenant "contoso" is not a tenant ID/,
    ],
    ["the common endpoint", 2, ["--tenant", "common"], /is not a tenant ID/],
    [
      "a malformed client id",
      2,
      ["--tenant", "contoso.com", "--client-id", "abc"],
      /--client-id "abc" is not a GUID/,
    ],
    [
      "an http redirect",
      2,
      ["--tenant", "contoso.com", "--redirect-uri", "http://addin.contoso.com/x"],
      /must be an absolute https URL/,
    ],
    [
      "an unknown option",
      2,
      ["--tenant", "contoso.com", "--scope", "Mail.Read"],
      /unknown option "--scope"/,
    ],
    [
      "an unreadable manifest",
      1,
      ["--tenant", "contoso.com", "--manifest", "/nonexistent/manifest.xml"],
      /cannot read \/nonexistent\/manifest\.xml/,
    ],
  ])("refuses %s with exit %i and one stderr line", async (_case, code, args, message) => {
    const result = await runConsentUrl(args);
    expect(result).toMatchObject({ code, stdout: "" });
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });
});
