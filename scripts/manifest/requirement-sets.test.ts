// Requirement-set version comparison and lookup of the Mailbox set in force for an element.
import { compareRequirementVersions, readDeclaredMailboxVersion } from "./requirement-sets";
import { findDescendants, parseXmlTree, type XmlElement } from "./xml-tree";

function parseRoot(xml: string): XmlElement {
  const parsed = parseXmlTree(xml);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.root;
}

describe("compareRequirementVersions", () => {
  it.each([
    ["1.12", "1.5", 1],
    ["1.10", "1.10", 0],
    ["1.9", "1.10", -1],
    ["1", "1.0", 0],
  ])("orders %s against %s numerically (sign %i), not as text", (a, b, sign) => {
    expect(Math.sign(compareRequirementVersions(a, b))).toBe(sign);
  });
});

describe("readDeclaredMailboxVersion", () => {
  it("takes the innermost VersionOverrides' DefaultMinVersion over the outer one and the base manifest", () => {
    const root =
      parseRoot(`<OfficeApp><Requirements><Sets><Set Name="Mailbox" MinVersion="1.1"/></Sets></Requirements>
      <VersionOverrides><Requirements><bt:Sets DefaultMinVersion="1.3"><bt:Set Name="Mailbox"/></bt:Sets></Requirements>
        <VersionOverrides><Requirements><bt:Sets DefaultMinVersion="1.12"><bt:Set Name="Mailbox"/></bt:Sets></Requirements>
          <Hosts><Host><Point/></Host></Hosts></VersionOverrides></VersionOverrides></OfficeApp>`);
    const [point] = findDescendants(root, "Point");
    expect(point && readDeclaredMailboxVersion(point)).toBe("1.12");
  });

  it("falls back to the base manifest's Set MinVersion when no VersionOverrides declares Mailbox", () => {
    const root =
      parseRoot(`<OfficeApp><Requirements><Sets><Set Name="Mailbox" MinVersion="1.1"/></Sets></Requirements>
      <VersionOverrides><Hosts><Point/></Hosts></VersionOverrides></OfficeApp>`);
    const [point] = findDescendants(root, "Point");
    expect(point && readDeclaredMailboxVersion(point)).toBe("1.1");
  });
});
