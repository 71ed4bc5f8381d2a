// The production build for an admin's origin: runs webpack (commands page only, to stay fast) and checks the built
// HTML's Content-Security-Policy, the NAA allow-list, hashed names, and that deploy/ serves the same policy as headers.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import webpack, { type Configuration } from "webpack";

const repoRoot = path.resolve(__dirname, "../../..");
const clientId = "11111111-2222-3333-4444-555555555555";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.cjs is CommonJS by design
const configure = require(path.join(repoRoot, "webpack.config.cjs")) as (
  env: Record<string, string>,
  argv: { mode: string },
) => Configuration & { entry: Record<string, string> };

const productionEnv = { baseUrl: "https://addin.contoso.com", clientId };
const expectedCsp = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com https://ajax.aspnetcdn.com",
  "connect-src https://graph.microsoft.com https://login.microsoftonline.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

function readMetaCsp(html: string): string | undefined {
  return /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/
    .exec(html)?.[1]
    ?.replace(/&#39;/g, "'");
}

async function compile(config: Configuration): Promise<webpack.Stats> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error || !stats) reject(error ?? new Error("webpack gave no stats"));
      else resolve(stats);
    });
  });
}

describe("npm run build -- --env baseUrl=… --env clientId=…", () => {
  let outDir: string;
  let stats: webpack.Stats;

  beforeAll(async () => {
    outDir = mkdtempSync(path.join(tmpdir(), "tempo-build-"));
    const config = configure(productionEnv, { mode: "production" });
    // One entry keeps the test to seconds; every page shares the same CSP option (checked below).
    config.entry = { commands: config.entry.commands ?? "" };
    config.output = { ...config.output, path: outDir };
    stats = await compile(config);
  }, 60_000);
  afterAll(() => {
    rmSync(outDir, { recursive: true, force: true });
  });

  it("builds without errors", () => {
    expect(stats.hasErrors() ? stats.toString("errors-only") : "").toBe("");
  });

  it("writes a strict CSP (no unsafe-eval; connect only to Graph and the identity platform) and loads Office.js from the CDN", () => {
    const html = readFileSync(path.join(outDir, "commands.html"), "utf8");
    expect(readMetaCsp(html)).toBe(expectedCsp);
    expect(html).toContain('src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"');
  });

  it("gives every page the same policy", () => {
    const config = configure(productionEnv, { mode: "production" });
    const policies = (config.plugins ?? [])
      .filter((plugin) => plugin?.constructor.name === "HtmlWebpackPlugin")
      .map((plugin) => (plugin as unknown as { userOptions: { csp: string } }).userOptions.csp);
    expect(policies.length).toBeGreaterThanOrEqual(6);
    expect(new Set(policies)).toStrictEqual(new Set([expectedCsp]));
  });

  it("publishes the allow-list classic Outlook reads before event handlers may use NAA", () => {
    const allowed = readFileSync(
      path.join(outDir, ".well-known/microsoft-officeaddins-allowed.json"),
      "utf8",
    );
    expect(JSON.parse(allowed)).toStrictEqual({
      allowed: ["https://addin.contoso.com/commands.js"],
    });
  });

  it("keeps commands.js unhashed (the manifest names it) and leaves the dev manifest out", () => {
    const files = readdirSync(outDir);
    expect(files).toContain("commands.js");
    expect(files).not.toContain("manifest.xml");
  });

  it.each([
    [{ baseUrl: "http://addin.contoso.com", clientId }, /must be an https origin/],
    [{ baseUrl: "https://addin.contoso.com/tempo", clientId }, /must be an https origin/],
    [{ baseUrl: "https://addin.contoso.com" }, /needs --env clientId/],
  ])("refuses %p", (env, message) => {
    expect(() => configure(env, { mode: "production" })).toThrow(message);
  });
});

describe("deploy/ static-host samples", () => {
  const frameAncestors =
    "frame-ancestors 'self' https://outlook.office.com https://outlook.office365.com https://outlook.cloud.microsoft";
  const headerCsp = `${expectedCsp}; ${frameAncestors}`;

  it("nginx sends the build's CSP plus frame-ancestors, HSTS, nosniff and a referrer policy", () => {
    const nginx = readFileSync(path.join(repoRoot, "deploy/nginx.conf"), "utf8");
    expect(nginx).toContain(`add_header Content-Security-Policy "${headerCsp}" always;`);
    expect(nginx).toMatch(
      /add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;/,
    );
    expect(nginx).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(nginx).toContain('add_header Referrer-Policy "strict-origin-when-cross-origin" always;');
    expect(nginx).not.toMatch(/add_header X-Frame-Options/);
  });

  it("Azure Static Web Apps sends the same headers", () => {
    const config = JSON.parse(
      readFileSync(path.join(repoRoot, "deploy/staticwebapp.config.json"), "utf8"),
    ) as {
      globalHeaders: Record<string, string>;
    };
    expect(config.globalHeaders).toMatchObject({
      "Content-Security-Policy": headerCsp,
      "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
  });
});
