// Generates windows-zones.ts (the Windows ↔ IANA zone table) from CLDR's windowsZones.json, so the core stays pure data.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

interface CldrMapZone {
  readonly mapZone: {
    readonly _other: string;
    readonly _type: string;
    readonly _territory: string;
  };
}

interface CldrWindowsZones {
  readonly supplemental: {
    readonly version: { readonly _cldrVersion: string };
    readonly windowsZones: { readonly mapTimezones: readonly CldrMapZone[] };
  };
}

/**
 * CLDR keeps the first ids it ever used (Asia/Calcutta); the tz database renamed them (Asia/Kolkata).
 * These are renames only, as listed by the `iana` attribute of CLDR's bcp47/timezone.xml — never the
 * tz "backzone" merges (Europe/Bratislava is not Europe/Prague), so a place keeps its own name.
 */
const cldrIdToCurrentIana: Readonly<Record<string, string>> = {
  "Africa/Asmera": "Africa/Asmara",
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "America/Catamarca": "America/Argentina/Catamarca",
  "America/Coral_Harbour": "America/Atikokan",
  "America/Cordoba": "America/Argentina/Cordoba",
  "America/Godthab": "America/Nuuk",
  "America/Indianapolis": "America/Indiana/Indianapolis",
  "America/Jujuy": "America/Argentina/Jujuy",
  "America/Louisville": "America/Kentucky/Louisville",
  "America/Mendoza": "America/Argentina/Mendoza",
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Europe/Kiev": "Europe/Kyiv",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "Pacific/Truk": "Pacific/Chuuk",
};

const toCurrentIana = (id: string): string => cldrIdToCurrentIana[id] ?? id;

/** Builds the module text: one line per Windows zone, "golden IANA zone, then every id it covers". */
export function renderWindowsZonesModule(data: CldrWindowsZones): string {
  const version = data.supplemental.version._cldrVersion;
  const zonesByWindowsName = new Map<string, { golden: string; ids: Set<string> }>();
  for (const { mapZone } of data.supplemental.windowsZones.mapTimezones) {
    const entry = zonesByWindowsName.get(mapZone._other) ?? { golden: "", ids: new Set<string>() };
    const ids = mapZone._type.split(" ");
    const isGoldenRow = mapZone._territory === "001";
    if (isGoldenRow) {
      entry.golden = toCurrentIana(ids[0] ?? "");
    }
    for (const id of ids) {
      entry.ids.add(toCurrentIana(id));
      entry.ids.add(id);
    }
    zonesByWindowsName.set(mapZone._other, entry);
  }
  const lines = [...zonesByWindowsName.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, { golden, ids }]) => {
      const others = [...ids].filter((id) => id !== golden).sort();
      const key = /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
      const value = JSON.stringify([golden, ...others].join(" "));
      const oneLine = `  ${key}: ${value},`;
      // Wrap exactly as Prettier (printWidth 100) would, so a regenerated file needs no reformat.
      return oneLine.length <= 100 ? oneLine : `  ${key}:\n    ${value},`;
    });
  return [
    `// Generated from CLDR ${version} supplemental/windowsZones.json by generate-windows-zones.ts — do not edit.`,
    "// Regenerate: npx tsx src/core/time/generate-windows-zones.ts [path to cldr-core windowsZones.json]",
    "",
    `export const cldrVersion = ${JSON.stringify(version)};`,
    "",
    "/** Windows zone name → space-separated IANA ids; the first is CLDR's golden zone (territory 001). */",
    "export const windowsZoneTable = {",
    ...lines,
    "} as const;",
    "",
    "export type WindowsZoneName = keyof typeof windowsZoneTable;",
    "",
  ].join("\n");
}

function main(argv: readonly string[]): void {
  const inputPath = argv[0] ?? join(__dirname, "__fixtures__", "cldr-windows-zones.json");
  const data = JSON.parse(readFileSync(inputPath, "utf8")) as CldrWindowsZones;
  const outputPath = join(__dirname, "windows-zones.ts");
  writeFileSync(outputPath, renderWindowsZonesModule(data));
  process.stdout.write(`wrote ${outputPath} from CLDR ${data.supplemental.version._cldrVersion}\n`);
}

// tsx runs this package as CommonJS, so `require.main` tells a direct run from an import (the drift test).
const isRunDirectly = require.main === module;
if (isRunDirectly) {
  main(process.argv.slice(2));
}
