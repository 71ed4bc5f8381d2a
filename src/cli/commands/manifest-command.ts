// `tempo manifest`: writes a production manifest.xml for an admin's origin and app registration, validated before anything is written.
import { execFile } from "node:child_process";
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { formatReport, type ManifestReport } from "../../../scripts/manifest/run-checks";
import {
  CheckName,
  countErrors,
  createCheckResult,
  createError,
  type CheckResult,
} from "../../../scripts/manifest/findings";
import { checkIcons } from "../../../scripts/manifest/icon-check";
import { checkIdentity } from "../../../scripts/manifest/identity-check";
import { checkRuntimesAndLaunchEvents } from "../../../scripts/manifest/launch-event-check";
import { checkResources } from "../../../scripts/manifest/resource-check";
import { locateXsdDir, repoRoot } from "../../../scripts/manifest/shared-dir";
import { checkUrls } from "../../../scripts/manifest/url-check";
import { checkAgainstXsd } from "../../../scripts/manifest/xsd-check";
import { parseXmlTree } from "../../../scripts/manifest/xml-tree";
import {
  bumpPatchVersion,
  parseBaseUrl,
  parseClientId,
  parseManifestVersion,
  type DeploymentOrigin,
} from "../../core/deployment/deployment-inputs";
import { listDeploymentScopes } from "../../core/deployment/deployment-scopes";
import { rewriteManifest } from "../../core/deployment/rewrite-manifest";
import { invalidInput, succeed, type Outcome } from "../../core/time/invalid-input";
import { describeError, findMissing, parseFlags } from "./parse-flags";
import type { CliCommand, CliStreams } from "../cli-command";

const defaultOutDir = ".tmp/manifest";
const converterPackage = "office-addin-manifest-converter";

const usage = `Usage: tempo manifest --base-url https://<host> --client-id <guid> [options]

Writes <out>/manifest.xml: the development manifest with every https://localhost:3000 URL moved to
--base-url, WebApplicationInfo set to the app registration (--client-id, api://<host>/<client-id>)
and the version bumped. It is checked against the Office XSDs and Tempo's manifest rules first;
nothing is written if a check fails.

Options:
  --base-url <origin>     https origin serving the built files, no path (e.g. https://addin.contoso.com)
  --client-id <guid>      Application (client) ID of the Entra ID app registration
  --out <dir>             where to write manifest.xml (default ${defaultOutDir})
  --version <a.b.c.d>     manifest version (default: the development version with patch + 1)
  --support-url <url>     https page users reach from "Get help" (default <base-url>/help.html)
  --manifest <file>       development manifest to start from (default manifest.xml)
Exit 0 written, 1 failed (checks, files), 2 bad usage.
`;

interface ManifestRequest {
  readonly deployment: DeploymentOrigin;
  readonly clientId: string;
  readonly version: string | undefined;
  readonly supportUrl: string | undefined;
  readonly outDir: string;
  readonly sourcePath: string;
}

/** A failure to report: exit 2 for usage, 1 for everything else; `detail` lines go after the one-line message. */
class CommandFailure extends Error {
  constructor(
    readonly exitCode: 1 | 2,
    message: string,
    readonly detail: readonly string[] = [],
  ) {
    super(message);
    this.name = "CommandFailure";
  }
}

function readRequest(args: readonly string[]): Outcome<ManifestRequest> {
  const flags = parseFlags(args, {
    values: ["--base-url", "--client-id", "--out", "--version", "--support-url", "--manifest"],
    switches: [],
  });
  if (!flags.ok) return flags;
  const missing = findMissing(flags.value, ["--base-url", "--client-id"]);
  if (missing.length > 0) {
    const verb = missing.length > 1 ? "are" : "is";
    return invalidInput(missing.join(", "), `${missing.join(" and ")} ${verb} required`);
  }
  const { values } = flags.value;
  const deployment = parseBaseUrl(values["--base-url"] ?? "");
  if (!deployment.ok) return deployment;
  const clientId = parseClientId(values["--client-id"] ?? "");
  if (!clientId.ok) return clientId;
  const version =
    values["--version"] === undefined ? undefined : parseManifestVersion(values["--version"]);
  if (version && !version.ok) return version;
  const supportUrl = values["--support-url"];
  if (supportUrl !== undefined) {
    const support = parseBaseUrlOrPage(supportUrl);
    if (!support.ok) return support;
  }
  return succeed({
    deployment: deployment.value,
    clientId: clientId.value,
    version: version?.value,
    supportUrl,
    outDir: path.resolve(values["--out"] ?? defaultOutDir),
    sourcePath: path.resolve(values["--manifest"] ?? path.join(repoRoot, "manifest.xml")),
  });
}

/** Any absolute https URL (a help page may have a path). */
function parseBaseUrlOrPage(input: string): Outcome<string> {
  const isHttps = URL.canParse(input) && new URL(input).protocol === "https:";
  return isHttps
    ? succeed(input)
    : invalidInput("--support-url", `--support-url "${input}" must be an absolute https URL`);
}

/** Fails unless `outDir` is, or can be created as, a writable directory that does not hold the source manifest. */
function checkOutDir(outDir: string, sourcePath: string): CommandFailure | undefined {
  const target = path.join(outDir, "manifest.xml");
  if (target === sourcePath)
    return new CommandFailure(
      1,
      `--out ${outDir} would overwrite the development manifest ${sourcePath}; choose another directory`,
    );
  let existing = outDir;
  while (!existsSync(existing)) existing = path.dirname(existing);
  try {
    if (!statSync(existing).isDirectory())
      throw new Error(`${existing} is a file, not a directory`);
    accessSync(existing, constants.W_OK);
  } catch (error: unknown) {
    const reason = describeError(error);
    return new CommandFailure(1, `--out ${outDir} is not writable (${reason})`);
  }
  return undefined;
}

/** Every check of `npm run validate` except the online one, on the text before it becomes a file. */
async function validateManifestXml(xml: string, fileName: string): Promise<ManifestReport> {
  const parsed = parseXmlTree(xml);
  const results: CheckResult[] = [
    parsed.ok
      ? createCheckResult(CheckName.wellFormed, "XML parses", [])
      : createCheckResult(CheckName.wellFormed, "XML does not parse", [
          createError("not_well_formed", parsed.message),
        ]),
    await checkAgainstXsd({ xml, xsdDir: locateXsdDir(), fileName }),
  ];
  if (parsed.ok) {
    results.push(
      checkIdentity(parsed.root),
      checkUrls(parsed.root),
      checkResources(parsed.root),
      checkRuntimesAndLaunchEvents(parsed.root),
      // The icons are served from <base-url>/assets/, which the build copies from the repository's assets/.
      checkIcons(parsed.root, path.join(repoRoot, "assets")),
    );
  }
  const errorCount = countErrors(results);
  return { manifestPath: fileName, results, errorCount, isValid: errorCount === 0 };
}

async function buildManifest(
  request: ManifestRequest,
): Promise<{ xml: string; version: string; report: ManifestReport }> {
  let source: string;
  try {
    source = readFileSync(request.sourcePath, "utf8");
  } catch (error: unknown) {
    throw new CommandFailure(1, `cannot read the development manifest: ${describeError(error)}`);
  }
  const currentVersion = /<Version>([^<]*)<\/Version>/.exec(source)?.[1] ?? "";
  const version =
    request.version === undefined ? bumpPatchVersion(currentVersion) : succeed(request.version);
  if (!version.ok) throw new CommandFailure(1, version.error.message);
  const rewritten = rewriteManifest({
    xml: source,
    deployment: request.deployment,
    clientId: request.clientId,
    version: version.value,
    scopes: listDeploymentScopes(),
    supportUrl: request.supportUrl,
  });
  if (!rewritten.ok)
    throw new CommandFailure(1, `cannot rewrite ${request.sourcePath}: ${rewritten.error.message}`);
  let report: ManifestReport;
  try {
    report = await validateManifestXml(
      rewritten.value.xml,
      path.join(request.outDir, "manifest.xml"),
    );
  } catch (error: unknown) {
    throw new CommandFailure(1, `cannot validate: ${describeError(error)}`);
  }
  if (!report.isValid)
    throw new CommandFailure(
      1,
      `the generated manifest fails validation; nothing written`,
      formatReport(report),
    );
  return { xml: rewritten.value.xml, version: version.value, report };
}

function resolveConverter(): string | undefined {
  try {
    return path.join(
      path.dirname(require.resolve(`${converterPackage}/package.json`, { paths: [repoRoot] })),
      "cli.js",
    );
  } catch {
    return undefined; // Not installed: the caller prints how to get it.
  }
}

/** The unified JSON manifest, when the converter is installed; a note otherwise (never a failure). */
async function writeUnifiedManifest(manifestPath: string, outDir: string): Promise<string> {
  const converter = resolveConverter();
  if (converter === undefined)
    return `note: unified JSON manifest skipped: it needs ${converterPackage} (npm install --save-dev ${converterPackage}); the XML manifest above works on its own`;
  const jsonDir = path.join(outDir, "unified");
  try {
    await promisify(execFile)(process.execPath, [
      converter,
      "convert",
      manifestPath,
      "--output",
      jsonDir,
    ]);
    return `wrote the unified JSON manifest to ${jsonDir}`;
  } catch (error: unknown) {
    return `note: ${converterPackage} could not convert the manifest (${describeError(error).split("\n")[0]}); the XML manifest is still valid`;
  }
}

async function runManifest(args: readonly string[], streams: CliStreams): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    streams.stdout.write(usage);
    return 0;
  }
  const request = readRequest(args);
  if (!request.ok) {
    streams.stderr.write(`tempo manifest: ${request.error.message} (see tempo manifest --help)\n`);
    return 2;
  }
  const { outDir, deployment } = request.value;
  try {
    const outProblem = checkOutDir(outDir, request.value.sourcePath);
    if (outProblem) throw outProblem;
    const built = await buildManifest(request.value);
    const manifestPath = path.join(outDir, "manifest.xml");
    try {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(manifestPath, built.xml, { encoding: "utf8", flag: "w" });
    } catch (error: unknown) {
      throw new CommandFailure(1, `cannot write ${manifestPath}: ${describeError(error)}`);
    }
    const lines = [
      ...formatReport(built.report),
      `wrote ${manifestPath} (version ${built.version}, ${deployment.origin}, client ${request.value.clientId})`,
      await writeUnifiedManifest(manifestPath, outDir),
    ];
    streams.stdout.write(`${lines.join("\n")}\n`);
    return 0;
  } catch (error: unknown) {
    if (!(error instanceof CommandFailure)) throw error;
    streams.stderr.write(`tempo manifest: ${error.message}\n`);
    if (error.detail.length > 0) streams.stderr.write(`${error.detail.join("\n")}\n`);
    return error.exitCode;
  }
}

export const manifestCommand: CliCommand = {
  summary: "Write a validated production manifest.xml for your origin and app registration.",
  run: runManifest,
};
