// Validates a manifest against the stored Office XSDs with xmllint-wasm, minus the blocks that schema predates.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";
import {
  CheckName,
  createCheckResult,
  createError,
  type CheckResult,
  type Finding,
} from "./findings";

const rootSchemaFile = "OfficeAppManifestV1_1.xsd";

/**
 * Blocks newer than the stored (c. 2018) MailAppVersionOverridesV1_1.xsd, which would be rejected as
 * "This element is not expected" although Outlook accepts them. launch-event-check.ts checks them instead.
 */
const newerThanSchemaBlocks = [
  {
    label: "<Runtimes>",
    pattern: /<(?:\w+:)?Runtimes\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?Runtimes\s*>)/g,
  },
  {
    label: '<ExtensionPoint xsi:type="LaunchEvent">',
    pattern:
      /<(?:\w+:)?ExtensionPoint\b[^>]*?\btype\s*=\s*"LaunchEvent"[^>]*>[\s\S]*?<\/(?:\w+:)?ExtensionPoint\s*>/g,
  },
] as const;

export interface StrippedManifest {
  readonly xml: string;
  /** One label per removed block, e.g. `<Runtimes>`. */
  readonly removed: readonly string[];
}

/** Blanks comments so that a commented-out block is neither removed nor mistaken for markup. */
function maskComments(xml: string): string {
  return xml.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, " "));
}

/**
 * Removes the newer-than-schema blocks, keeping every line break so xmllint's line numbers still point
 * into the original file. e.g. a 5-line `<Runtimes>` block becomes 4 empty lines.
 */
export function stripNewerThanSchemaBlocks(xml: string): StrippedManifest {
  const masked = maskComments(xml);
  const ranges: { start: number; end: number; label: string }[] = [];
  for (const block of newerThanSchemaBlocks) {
    for (const match of masked.matchAll(block.pattern)) {
      ranges.push({ start: match.index, end: match.index + match[0].length, label: block.label });
    }
  }
  ranges.sort((a, b) => b.start - a.start);
  let stripped = xml;
  for (const range of ranges) {
    const lineBreaks = stripped.slice(range.start, range.end).replace(/[^\n]/g, "");
    stripped = stripped.slice(0, range.start) + lineBreaks + stripped.slice(range.end);
  }
  return { xml: stripped, removed: ranges.reverse().map((range) => range.label) };
}

function describeRemoved(removed: readonly string[]): string {
  if (removed.length === 0) return "";
  const counts = new Map<string, number>();
  for (const label of removed) counts.set(label, (counts.get(label) ?? 0) + 1);
  const parts = [...counts].map(([label, count]) => `${count} ${label}`);
  return ` (validated a copy without ${parts.join(" and ")}, which the stored schema predates; checked structurally under "runtimes")`;
}

/** Runs xmllint --schema OfficeAppManifestV1_1.xsd (the other four XSDs preloaded) on the stripped manifest. */
export async function checkAgainstXsd(options: {
  xml: string;
  xsdDir: string;
  fileName?: string;
}): Promise<CheckResult> {
  const { xml, xsdDir } = options;
  const fileName = path.basename(options.fileName ?? "manifest.xml");
  const schemaFiles = readdirSync(xsdDir).filter((name) => name.endsWith(".xsd"));
  const readSchema = (name: string) => ({
    fileName: name,
    contents: readFileSync(path.join(xsdDir, name), "utf8"),
  });
  const stripped = stripNewerThanSchemaBlocks(xml);
  const result = await validateXML({
    xml: [{ fileName, contents: stripped.xml }],
    schema: [readSchema(rootSchemaFile)],
    preload: schemaFiles.filter((name) => name !== rootSchemaFile).map(readSchema),
  });
  const findings: Finding[] = result.errors.map((error) => {
    const where = error.loc ? `line ${error.loc.lineNumber}: ` : "";
    return createError("xsd_invalid", `${where}${error.message.trim()}`);
  });
  const verdict = result.valid ? `valid against ${rootSchemaFile}` : `fails ${rootSchemaFile}`;
  return createCheckResult(
    CheckName.xsd,
    `${verdict}${describeRemoved(stripped.removed)}`,
    findings,
  );
}
