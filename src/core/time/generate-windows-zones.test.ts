// The committed windows-zones.ts must be exactly what the generator makes from the CLDR fixture.
// To update CLDR: replace __fixtures__/cldr-windows-zones.json, then run the generator (see its header).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import cldr from "./__fixtures__/cldr-windows-zones.json";
import { renderWindowsZonesModule } from "./generate-windows-zones";

describe("generate-windows-zones", () => {
  it("reproduces the committed windows-zones.ts from CLDR 48 byte for byte", () => {
    const committed = readFileSync(join(__dirname, "windows-zones.ts"), "utf8");
    expect(renderWindowsZonesModule(cldr)).toStrictEqual(committed);
  });
});
