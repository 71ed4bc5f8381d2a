// XSD stage against Microsoft's sample manifests; to add a case, drop a manifest into the shared samples folders.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { locateSharedDir, locateXsdDir } from "./shared-dir";
import { readOurManifest } from "./test-helpers";
import { checkAgainstXsd, stripNewerThanSchemaBlocks } from "./xsd-check";

const samplesDir = path.join(locateSharedDir(), "oracles", "office-manifest", "samples");
const xsdDir = locateXsdDir();

function listSamples(folder: string): string[] {
  return readdirSync(path.join(samplesDir, folder)).map((name) =>
    path.join(samplesDir, folder, name),
  );
}

async function validateFile(filePath: string) {
  return checkAgainstXsd({ xml: readFileSync(filePath, "utf8"), xsdDir, fileName: filePath });
}

describe("checkAgainstXsd", () => {
  it("passes our manifest.xml once Runtimes and LaunchEvent are set aside", async () => {
    const result = await checkAgainstXsd({ xml: readOurManifest(), xsdDir });
    expect(result.findings).toStrictEqual([]);
    expect(result.status).toBe("ok");
    expect(result.summary).toContain("without 1 <Runtimes> and 1 <ExtensionPoint");
  });

  it("finds exactly 6 valid samples", () => {
    expect(listSamples("valid")).toHaveLength(6);
  });

  it.each(listSamples("valid").map((filePath) => [path.basename(filePath), filePath]))(
    "passes Microsoft's valid sample %s",
    async (_name, filePath) => {
      const result = await validateFile(filePath);
      expect(result.findings).toStrictEqual([]);
    },
  );

  it.each(
    listSamples("valid-newer-than-xsd").map((filePath) => [path.basename(filePath), filePath]),
  )(
    "passes the newer-than-schema sample %s after setting its event blocks aside",
    async (_name, filePath) => {
      const result = await validateFile(filePath);
      expect(result.status).toBe("ok");
    },
  );

  it.each([
    ["office-addin-scripts__incorrect-end-tag.manifest.xml", "Opening and ending tag mismatch"],
    ["office-addin-scripts__invalid-resid-length.manifest.xml", "maxLength"],
    [
      "office-addin-scripts__no-description.manifest.xml",
      "Expected is ( {http://schemas.microsoft.com/office/appforoffice/1.1}Description )",
    ],
    ["office-addin-scripts__officeapp-empty.manifest.xml", "No matching global declaration"],
  ])("fails Microsoft's invalid sample %s with “%s”", async (name, expectedMessage) => {
    const result = await validateFile(path.join(samplesDir, "invalid", name));
    expect(result.status).toBe("failed");
    expect(result.findings.map((finding) => finding.message).join("\n")).toContain(expectedMessage);
  });

  it("covers every invalid sample in the table above", () => {
    expect(listSamples("invalid")).toHaveLength(4);
  });
});

describe("stripNewerThanSchemaBlocks", () => {
  it("removes Runtimes and the LaunchEvent extension point but keeps every line break", () => {
    const xml = readOurManifest();
    const stripped = stripNewerThanSchemaBlocks(xml);
    expect(stripped.removed).toStrictEqual([
      "<Runtimes>",
      '<ExtensionPoint xsi:type="LaunchEvent">',
    ]);
    expect(stripped.xml.split("\n")).toHaveLength(xml.split("\n").length);
    expect(stripped.xml).not.toContain("<Runtimes>");
    expect(stripped.xml).not.toContain("LaunchEvents");
    expect(stripped.xml).toContain('<ExtensionPoint xsi:type="MessageComposeCommandSurface">');
  });

  it("leaves a commented-out Runtimes block alone", () => {
    const xml = "<a><!-- <Runtimes><Runtime resid='x'/></Runtimes> --><b/></a>";
    expect(stripNewerThanSchemaBlocks(xml)).toStrictEqual({ xml, removed: [] });
  });
});
