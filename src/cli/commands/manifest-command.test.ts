// `tempo manifest` end to end on the repository's manifest.xml: the happy path, then one row per bad argument (exit code, one stderr line, no file).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { manifestCommand } from "./manifest-command";

const repoRoot = path.resolve(__dirname, "../../..");
const clientId = "11111111-2222-3333-4444-555555555555";
let workDir: string;

beforeEach(() => {
  workDir = mkdtempSync(path.join(tmpdir(), "tempo-manifest-"));
});
afterEach(() => {
  rmSync(workDir, { recursive: true, force: true });
});

async function runManifest(
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await manifestCommand.run(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

describe("tempo manifest", () => {
  it("writes a manifest that passes every check, for the new origin and registration, version patch + 1", async () => {
    const out = path.join(workDir, "prod");
    const result = await runManifest([
      "--base-url",
      "https://addin.contoso.com",
      "--client-id",
      clientId,
      "--out",
      out,
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines).toContain("manifest valid");
    expect(lines.find((line) => line.startsWith("xsd"))).toMatch(
      /^xsd\s+ok\s+valid against OfficeAppManifestV1_1\.xsd/,
    );
    expect(lines).toContain(
      `wrote ${path.join(out, "manifest.xml")} (version 0.1.1.0, https://addin.contoso.com, client ${clientId})`,
    );
    const xml = readFileSync(path.join(out, "manifest.xml"), "utf8");
    expect(xml).not.toContain("localhost");
    expect(xml).toContain(`<Resource>api://addin.contoso.com/${clientId}</Resource>`);
  });

  it("uses the version and support URL given", async () => {
    const out = path.join(workDir, "prod");
    const result = await runManifest([
      "--base-url=https://addin.contoso.com",
      `--client-id=${clientId}`,
      "--out",
      out,
      "--version",
      "1.2.3.4",
      "--support-url",
      "https://contoso.com/it/tempo",
    ]);
    expect(result.code).toBe(0);
    const xml = readFileSync(path.join(out, "manifest.xml"), "utf8");
    expect(xml).toContain("<Version>1.2.3.4</Version>");
    expect(xml).toContain('<SupportUrl DefaultValue="https://contoso.com/it/tempo"/>');
  });

  it("also writes the unified JSON manifest for the same origin and app registration", async () => {
    const result = await runManifest([
      "--base-url",
      "https://addin.contoso.com",
      "--client-id",
      clientId,
      "--out",
      workDir,
    ]);
    expect(result.code).toBe(0);
    const unified = JSON.parse(
      readFileSync(path.join(workDir, "unified", "manifest.json"), "utf8"),
    ) as { id: string; version: string; webApplicationInfo: { id: string; resource: string } };
    expect(unified.id).toBe("5b73b27d-2b6e-4d85-8a3e-f432b1d20dcb");
    expect(unified.webApplicationInfo).toStrictEqual({
      id: clientId,
      resource: `api://addin.contoso.com/${clientId}`,
    });
  });

  const base = ["--base-url", "https://addin.contoso.com", "--client-id", clientId];
  it.each([
    [
      "an http origin",
      2,
      ["--base-url", "http://addin.contoso.com", "--client-id", clientId],
      /--base-url "http:\/\/addin\.contoso\.com" must use https/,
    ],
    [
      "a malformed client id",
      2,
      ["--base-url", "https://addin.contoso.com", "--client-id", "1111-2222"],
      /--client-id "1111-2222" is not a GUID/,
    ],
    [
      "a trailing path",
      2,
      ["--base-url", "https://addin.contoso.com/tempo", "--client-id", clientId],
      /must be an origin only/,
    ],
    [
      "a query",
      2,
      ["--base-url", "https://addin.contoso.com/?v=1", "--client-id", clientId],
      /must be an origin only/,
    ],
    ["no --base-url", 2, ["--client-id", clientId], /--base-url is required/],
    ["no --client-id", 2, ["--base-url", "https://addin.contoso.com"], /--client-id is required/],
    ["no arguments", 2, [], /--base-url and --client-id are required/],
    [
      "--base-url without a value",
      2,
      ["--base-url", "--client-id", clientId],
      /--base-url needs a value/,
    ],
    ["an unknown option", 2, [...base, "--force"], /unknown option "--force"/],
    ["a stray argument", 2, [...base, "manifest.xml"], /unexpected argument "manifest\.xml"/],
    [
      "a three-part version",
      2,
      [...base, "--version", "1.2.3"],
      /--version "1\.2\.3" is not a four-part version/,
    ],
    [
      "an http support URL",
      2,
      [...base, "--support-url", "http://contoso.com/help"],
      /must be an absolute https URL/,
    ],
  ])("refuses %s with exit %i and writes nothing", async (_case, code, args, message) => {
    const out = path.join(workDir, "out");
    const result = await runManifest([...args, "--out", out]);
    expect(result).toMatchObject({ code, stdout: "" });
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses an --out under a file (unwritable) with exit 1", async () => {
    const file = path.join(workDir, "a-file");
    writeFileSync(file, "");
    const result = await runManifest([...base, "--out", path.join(file, "prod")]);
    expect(result).toMatchObject({ code: 1, stdout: "" });
    expect(result.stderr).toMatch(
      /^tempo manifest: --out .* is not writable \(.*a-file is a file, not a directory\)\n$/,
    );
  });

  it("refuses an --out that would overwrite the development manifest", async () => {
    const before = readFileSync(path.join(repoRoot, "manifest.xml"), "utf8");
    const result = await runManifest([...base, "--out", repoRoot]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/would overwrite the development manifest/);
    expect(readFileSync(path.join(repoRoot, "manifest.xml"), "utf8")).toBe(before);
  });

  it("refuses a missing development manifest with exit 1", async () => {
    const out = path.join(workDir, "out");
    const result = await runManifest([
      ...base,
      "--out",
      out,
      "--manifest",
      path.join(workDir, "none.xml"),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^tempo manifest: cannot read the development manifest: ENOENT/);
    expect(existsSync(out)).toBe(false);
  });

  it("writes nothing when the generated manifest fails a check, and prints the report", async () => {
    // A 16 px button icon that points at the 32 px file: the XSD accepts it, the icon check does not.
    const source = readFileSync(path.join(repoRoot, "manifest.xml"), "utf8").replace(
      'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"',
      'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-32.png"',
    );
    const sourcePath = path.join(workDir, "manifest.xml");
    writeFileSync(sourcePath, source);
    const out = path.join(workDir, "out");
    const result = await runManifest([...base, "--out", out, "--manifest", sourcePath]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^tempo manifest: the generated manifest fails validation; nothing written\n/,
    );
    expect(result.stderr).toMatch(/icon_wrong_size/);
    expect(existsSync(out)).toBe(false);
  });

  it("prints its usage for --help", async () => {
    const result = await runManifest(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: tempo manifest --base-url/);
  });
});
