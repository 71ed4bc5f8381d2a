// Runs every manifest check in order and collects the results; the CLI and the tests share this entry point.
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  CheckName,
  countErrors,
  createCheckResult,
  createError,
  type CheckResult,
} from "./findings";
import { checkIcons } from "./icon-check";
import { checkIdentity } from "./identity-check";
import { checkRuntimesAndLaunchEvents } from "./launch-event-check";
import { checkOnline, createSkippedOnlineResult } from "./online-check";
import { checkResources } from "./resource-check";
import { locateXsdDir } from "./shared-dir";
import { checkUrls } from "./url-check";
import { checkAgainstXsd } from "./xsd-check";
import { parseXmlTree } from "./xml-tree";

export interface RunChecksOptions {
  readonly manifestPath: string;
  /** Defaults to assets/ beside the manifest. */
  readonly assetsDir?: string;
  /** Defaults to the shared oracles' XSD folder (see shared-dir.ts). */
  readonly xsdDir?: string;
  /** Skip the online stage without probing the network (tests). */
  readonly isOffline?: boolean;
  /**
   * Skip the XSD stage (tests of the custom checks only: xmllint-wasm boots a worker per call, ~0.6 s,
   * and xsd-check.test.ts covers that stage on its own).
   */
  readonly isXsdSkipped?: boolean;
}

export interface ManifestReport {
  readonly manifestPath: string;
  readonly results: readonly CheckResult[];
  readonly errorCount: number;
  readonly isValid: boolean;
}

export async function runManifestChecks(options: RunChecksOptions): Promise<ManifestReport> {
  const manifestPath = path.resolve(options.manifestPath);
  const xml = readFileSync(manifestPath, "utf8");
  const parsed = parseXmlTree(xml);
  const wellFormed = parsed.ok
    ? createCheckResult(CheckName.wellFormed, "XML parses", [])
    : createCheckResult(CheckName.wellFormed, "XML does not parse", [
        createError("not_well_formed", parsed.message),
      ]);
  const results: CheckResult[] = [wellFormed];
  if (options.isXsdSkipped !== true) {
    const xsdDir = options.xsdDir ?? locateXsdDir();
    results.push(await checkAgainstXsd({ xml, xsdDir, fileName: manifestPath }));
  }
  if (parsed.ok) {
    const assetsDir = options.assetsDir ?? path.join(path.dirname(manifestPath), "assets");
    results.push(
      checkIdentity(parsed.root),
      checkUrls(parsed.root),
      checkResources(parsed.root),
      checkRuntimesAndLaunchEvents(parsed.root),
      checkIcons(parsed.root, assetsDir),
    );
  }
  results.push(
    options.isOffline === true
      ? createSkippedOnlineResult("offline")
      : await checkOnline(manifestPath),
  );
  const errorCount = countErrors(results);
  return { manifestPath, results, errorCount, isValid: errorCount === 0 };
}

/** Human-readable lines: one per check, its findings indented, then `manifest valid` or `manifest INVALID (N errors)`. */
export function formatReport(report: ManifestReport): string[] {
  const lines: string[] = [];
  for (const result of report.results) {
    lines.push(`${result.check.padEnd(11)} ${result.status.padEnd(7)} ${result.summary}`);
    for (const finding of result.findings)
      lines.push(`  ${finding.severity}: ${finding.message} [${finding.code}]`);
  }
  const plural = report.errorCount === 1 ? "error" : "errors";
  lines.push(
    report.isValid ? "manifest valid" : `manifest INVALID (${report.errorCount} ${plural})`,
  );
  return lines;
}
