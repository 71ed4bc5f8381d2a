// Whole-pipeline tests on broken copies of manifest.xml; to add a case, add a row: scenario, string edit, expected code.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { Severity } from "./findings";
import { formatReport, runManifestChecks, type ManifestReport } from "./run-checks";
import { repoRoot } from "./shared-dir";
import {
  assetsDir,
  manifestPath,
  readOurManifest,
  replaceOrThrow,
  writeTemporaryManifest,
} from "./test-helpers";

jest.setTimeout(30_000);

type Edit = (xml: string) => string;

function replace(from: string, to: string): Edit {
  return (xml) => replaceOrThrow(xml, from, to);
}

/** Custom checks only: the XSD stage has its own tests, and the CLI test below runs every stage. */
async function validateEdited(edit: Edit): Promise<ManifestReport> {
  const filePath = writeTemporaryManifest(edit(readOurManifest()));
  return runManifestChecks({
    manifestPath: filePath,
    assetsDir,
    isOffline: true,
    isXsdSkipped: true,
  });
}

function listCodes(report: ManifestReport, severity: Severity): string[] {
  return report.results
    .flatMap((result) => result.findings)
    .filter((finding) => finding.severity === severity)
    .map((finding) => finding.code);
}

const runtimeBlock = `<Runtime resid="WebViewRuntime.Url">
              <Override type="javascript" resid="JSRuntime.Url"/>
            </Runtime>`;

const brokenCopies: readonly [scenario: string, expectedCode: string, edit: Edit][] = [
  [
    "an http:// task pane URL",
    "url_not_https",
    replace("https://localhost:3000/dashboard.html", "http://localhost:3000/dashboard.html"),
  ],
  [
    "an http:// AppDomain",
    "url_not_https",
    replace("<AppDomain>https://login", "<AppDomain>http://login"),
  ],
  [
    "a SourceLocation naming no resource",
    "resid_unresolved",
    replace('<SourceLocation resid="Dashboard.Url"/>', '<SourceLocation resid="Dashbord.Url"/>'),
  ],
  [
    "a Label pointing at a bt:Url",
    "resid_wrong_kind",
    replace('<Label resid="DashboardButton.Label"/>', '<Label resid="Dashboard.Url"/>'),
  ],
  [
    "a resid of 37 characters",
    "resid_too_long",
    replace("WebViewRuntime.Url", "Tempo.EventBasedActivationRuntime.Url"),
  ],
  [
    "an icon URL whose file is missing",
    "icon_missing",
    replace("assets/icon-80.png", "assets/icon-81.png"),
  ],
  [
    "a 32 px button icon that is really 25 px",
    "icon_wrong_size",
    replace("assets/icon-32.png", "assets/icon-25.png"),
  ],
  [
    "an IconUrl that is 48 px instead of 64",
    "icon_wrong_size",
    replace("assets/icon-64.png", "assets/icon-48.png"),
  ],
  [
    "a LaunchEvent of an undocumented type",
    "launch_event_type_unknown",
    replace('Type="OnNewMessageCompose"', 'Type="OnMessageComposeStarted"'),
  ],
  [
    "a FunctionName that is not an identifier",
    "launch_event_function_invalid",
    replace('FunctionName="onMessageSend"', 'FunctionName="on-message-send"'),
  ],
  [
    "an empty FunctionName",
    "launch_event_function_invalid",
    replace('FunctionName="onNewMessageCompose"', 'FunctionName=""'),
  ],
  [
    "a SendMode outside PromptUser/SoftBlock/Block",
    "launch_event_send_mode_invalid",
    replace('SendMode="PromptUser"', 'SendMode="HardBlock"'),
  ],
  [
    "the same LaunchEvent twice",
    "launch_event_duplicate",
    replace(
      'SendMode="PromptUser"/>',
      'SendMode="PromptUser"/><LaunchEvent Type="OnMessageSend" FunctionName="again" SendMode="Block"/>',
    ),
  ],
  [
    "OnMessageSend with only Mailbox 1.10 declared",
    "launch_event_requirement_too_low",
    replace('DefaultMinVersion="1.12"', 'DefaultMinVersion="1.10"'),
  ],
  [
    "a LaunchEvent SourceLocation that is not the Runtime",
    "launch_event_source_not_runtime",
    replace(
      '<SourceLocation resid="WebViewRuntime.Url"/>',
      '<SourceLocation resid="Commands.Url"/>',
    ),
  ],
  [
    "a Runtime without resid",
    "runtime_resid_missing",
    replace('<Runtime resid="WebViewRuntime.Url">', "<Runtime>"),
  ],
  [
    "a Runtime with lifetime long",
    "runtime_lifetime_invalid",
    replace(
      '<Runtime resid="WebViewRuntime.Url">',
      '<Runtime resid="WebViewRuntime.Url" lifetime="long">',
    ),
  ],
  [
    "a Runtime Override of type typescript",
    "runtime_override_type",
    replace('<Override type="javascript"', '<Override type="typescript"'),
  ],
  [
    "a Runtime Override pointing at a string",
    "runtime_resid_unresolved",
    replace(
      '<Override type="javascript" resid="JSRuntime.Url"/>',
      '<Override type="javascript" resid="Group.Label"/>',
    ),
  ],
  [
    "a Runtime with a stray child element",
    "runtime_unexpected_child",
    replace('resid="JSRuntime.Url"/>', 'resid="JSRuntime.Url"/><Script src="x.js"/>'),
  ],
  [
    "two Runtimes",
    "runtime_count",
    replace(runtimeBlock, `${runtimeBlock}<Runtime resid="Commands.Url"/>`),
  ],
  [
    "an Id that is not a GUID",
    "id_not_guid",
    replace("<Id>5b73b27d-2b6e-4d85-8a3e-f432b1d20dcb</Id>", "<Id>tempo-add-in</Id>"),
  ],
  [
    "a three-part Version",
    "version_not_four_part",
    replace("<Version>0.1.0.0</Version>", "<Version>0.1.0</Version>"),
  ],
  [
    "a WebApplicationInfo Id that is not a GUID",
    "web_app_id_not_guid",
    replace("<Id>d638ed90-0eaf-4524-a4db-0e8df53e8116</Id>", "<Id>tempo-client</Id>"),
  ],
  ["XML that does not parse", "not_well_formed", replace("</OfficeApp>", "</OfficeAp>")],
];

describe("runManifestChecks", () => {
  it("passes our manifest.xml with no errors and no warnings", async () => {
    const report = await runManifestChecks({ manifestPath, isOffline: true });
    expect(report.results.flatMap((result) => result.findings)).toStrictEqual([]);
    expect(report.results.map((result) => [result.check, result.status])).toStrictEqual([
      ["well-formed", "ok"],
      ["xsd", "ok"],
      ["identity", "ok"],
      ["urls", "ok"],
      ["resources", "ok"],
      ["runtimes", "ok"],
      ["icons", "ok"],
      ["online", "skipped"],
    ]);
    expect(formatReport(report).at(-1)).toBe("manifest valid");
  });

  it.each(brokenCopies)("rejects %s with %s", async (_scenario, expectedCode, edit) => {
    const report = await validateEdited(edit);
    expect(report.isValid).toBe(false);
    expect(listCodes(report, Severity.error)).toContain(expectedCode);
    expect(formatReport(report).at(-1)).toBe(
      `manifest INVALID (${report.errorCount} error${report.errorCount === 1 ? "" : "s"})`,
    );
  });

  it("accepts an unused resource with a resource_unused warning only", async () => {
    const report = await validateEdited(
      replace(
        '<bt:String id="Group.Label" DefaultValue="Tempo"/>',
        '<bt:String id="Group.Label" DefaultValue="Tempo"/><bt:String id="Unused.Label" DefaultValue="Spare"/>',
      ),
    );
    expect(report.isValid).toBe(true);
    expect(listCodes(report, Severity.warning)).toStrictEqual(["resource_unused"]);
  });

  it("warns but accepts an OnMessageSend without SendMode, which defaults to SoftBlock", async () => {
    const report = await validateEdited(replace(' SendMode="PromptUser"', ""));
    expect(report.isValid).toBe(true);
    expect(listCodes(report, Severity.warning)).toStrictEqual(["launch_event_send_mode_missing"]);
  });
});

describe("validate-manifest CLI", () => {
  const tsxCli = require.resolve("tsx/cli");
  const script = path.join(repoRoot, "scripts", "validate-manifest.ts");

  function runCli(args: readonly string[]) {
    return spawnSync(process.execPath, [tsxCli, script, ...args], {
      cwd: repoRoot,
      encoding: "utf8",
    });
  }

  it("exits 1 and prints manifest INVALID for a copy with an http URL", () => {
    const broken = writeTemporaryManifest(
      replaceOrThrow(
        readOurManifest(),
        "https://localhost:3000/read.html",
        "http://localhost:3000/read.html",
      ),
    );
    const run = runCli([broken, "--offline", "--assets", assetsDir]);
    expect(run.status).toBe(1);
    expect(run.stdout.trim().split("\n").at(-1)).toBe("manifest INVALID (2 errors)");
    expect(run.stdout).toContain("[url_not_https]");
  });

  it("exits 0 with a machine-readable report for manifest.xml with --json", () => {
    const run = runCli([manifestPath, "--offline", "--json"]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as ManifestReport;
    expect(report.isValid).toBe(true);
    expect(report.errorCount).toBe(0);
  });
});
