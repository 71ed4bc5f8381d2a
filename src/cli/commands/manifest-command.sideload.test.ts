// "Sideload in the workbench": the workbench host's own manifest parser reads a generated production manifest, its
// origin rewritten to the local panes, and finds exactly the ribbon, pages and launch events of the development one.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { JSDOM } from "jsdom";
// eslint-disable-next-line import-x/no-restricted-paths -- test only: proves the generated manifest loads in the workbench host; the product does not import it.
import { parseManifest } from "../../../workbench/host/manifest/parse-manifest";
import { manifestCommand } from "./manifest-command";

const repoRoot = path.resolve(__dirname, "../../..");
const panesOrigin = "http://localhost:3000";

// The command validates with xmllint-wasm, which needs Node's globals, so this file runs under node and
// lends the parser jsdom's DOMParser (the host runs it in the browser).
beforeAll(() => {
  globalThis.DOMParser = new JSDOM("").window.DOMParser;
});

describe("a generated production manifest in the workbench host", () => {
  let workDir: string;
  let productionXml: string;

  beforeAll(async () => {
    workDir = mkdtempSync(path.join(tmpdir(), "tempo-sideload-"));
    const silent = { write: () => true };
    const code = await manifestCommand.run(
      [
        "--base-url",
        "https://addin.contoso.com",
        "--client-id",
        "11111111-2222-3333-4444-555555555555",
        "--out",
        workDir,
      ],
      { stdout: silent, stderr: silent },
    );
    expect(code).toBe(0);
    productionXml = readFileSync(path.join(workDir, "manifest.xml"), "utf8");
  });
  afterAll(() => {
    rmSync(workDir, { recursive: true, force: true });
  });

  it("shows the same buttons, pages, icons and launch events as the development manifest", () => {
    const developmentXml = readFileSync(path.join(repoRoot, "manifest.xml"), "utf8");
    const fromDevelopment = parseManifest(developmentXml, {
      manifestOrigin: "https://localhost:3000",
      panesOrigin,
    });
    const fromProduction = parseManifest(productionXml, {
      manifestOrigin: "https://addin.contoso.com",
      panesOrigin,
    });
    expect(fromProduction).toStrictEqual(fromDevelopment);
  });

  it("points every button at the local panes once the origin is rewritten", () => {
    const parsed = parseManifest(productionXml, {
      manifestOrigin: "https://addin.contoso.com",
      panesOrigin,
    });
    const urls = [...parsed.readButtons, ...parsed.composeButtons].map((button) =>
      button.action.kind === "taskpane" ? button.action.url : "",
    );
    expect(urls).toStrictEqual([
      "http://localhost:3000/read.html",
      "http://localhost:3000/dashboard.html",
      "http://localhost:3000/settings.html",
      "http://localhost:3000/compose.html",
      "http://localhost:3000/settings.html",
    ]);
    expect(parsed.eventRuntimeUrl).toBe("http://localhost:3000/commands.html");
    expect(parsed.launchEvents.map((event) => event.type)).toStrictEqual([
      "OnNewMessageCompose",
      "OnMessageSend",
    ]);
  });
});
