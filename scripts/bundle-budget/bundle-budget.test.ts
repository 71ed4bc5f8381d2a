import {
  defaultBudgetBytes,
  evaluateBudget,
  formatBudgetReport,
  kibibyte,
  measureEntrypoints,
  measureGzipBytes,
  type EntrypointStats,
} from "./bundle-budget";

/** Synthetic `webpack --json` stats: two panes sharing a vendor chunk, commands alone. */
const stats: EntrypointStats = {
  entrypoints: {
    compose: {
      assets: [
        { name: "vendor.1a2b3c4d.js" },
        { name: "vendor.1a2b3c4d.js.LICENSE.txt" },
        { name: "compose.5e6f7a8b.js" },
      ],
    },
    read: { assets: [{ name: "vendor.1a2b3c4d.js" }, { name: "read.9c0d1e2f.js" }] },
    commands: { assets: [{ name: "commands.js" }] },
  },
};

function sizesFrom(gzipKibibytes: Record<string, number>) {
  return measureEntrypoints({
    stats,
    readGzipBytes: (name) => {
      const kib = gzipKibibytes[name];
      if (kib === undefined) throw new Error(`no size for ${name}`);
      return kib * kibibyte;
    },
  });
}

describe("measureEntrypoints", () => {
  it("sums the gzip bytes of each entrypoint's initial JS and skips other assets", () => {
    const sizes = sizesFrom({
      "vendor.1a2b3c4d.js": 100,
      "compose.5e6f7a8b.js": 30,
      "read.9c0d1e2f.js": 2,
      "commands.js": 0.5,
    });

    expect(sizes.map((size) => [size.entrypoint, size.gzipBytes / kibibyte])).toEqual([
      ["compose", 130],
      ["read", 102],
      ["commands", 0.5],
    ]);
    expect(sizes[0]?.files.map((file) => file.name)).toEqual([
      "vendor.1a2b3c4d.js",
      "compose.5e6f7a8b.js",
    ]);
  });
});

describe("evaluateBudget", () => {
  it("passes when every page is at or under the budget", () => {
    const sizes = sizesFrom({
      "vendor.1a2b3c4d.js": 100,
      "compose.5e6f7a8b.js": 40,
      "read.9c0d1e2f.js": 2,
      "commands.js": 0.5,
    });

    const report = evaluateBudget({ sizes, budgetBytes: defaultBudgetBytes });

    expect(report.isWithinBudget).toBe(true);
  });

  it("fails, naming the pane, when one byte over", () => {
    const sizes = measureEntrypoints({
      stats,
      readGzipBytes: (name) => {
        if (name.startsWith("vendor")) return 100 * kibibyte;
        return name.startsWith("compose") ? 40 * kibibyte + 1 : kibibyte;
      },
    });

    const report = evaluateBudget({ sizes, budgetBytes: 140 * kibibyte });

    expect(report.isWithinBudget).toBe(false);
    const over = report.rows.filter((row) => !row.isWithinBudget).map((row) => row.entrypoint);
    expect(over).toEqual(["compose"]);
    expect(formatBudgetReport(report)).toMatch(/^OVER compose +140\.0 KiB of 140\.0 KiB gzip/m);
  });

  it("fails when a shared chunk grows, for every pane that loads it", () => {
    const sizes = sizesFrom({
      "vendor.1a2b3c4d.js": 139,
      "compose.5e6f7a8b.js": 3,
      "read.9c0d1e2f.js": 2,
      "commands.js": 0.5,
    });

    const report = evaluateBudget({ sizes, budgetBytes: defaultBudgetBytes });

    const over = report.rows.filter((row) => !row.isWithinBudget).map((row) => row.entrypoint);
    expect(over).toEqual(["compose", "read"]);
  });

  it("lets one entrypoint carry its own budget", () => {
    const sizes = sizesFrom({
      "vendor.1a2b3c4d.js": 100,
      "compose.5e6f7a8b.js": 3,
      "read.9c0d1e2f.js": 2,
      "commands.js": 0.5,
    });

    const report = evaluateBudget({
      sizes,
      budgetBytes: defaultBudgetBytes,
      budgetBytesByEntrypoint: { commands: 0.25 * kibibyte },
    });

    expect(report.rows.find((row) => row.entrypoint === "commands")?.isWithinBudget).toBe(false);
  });
});

describe("measureGzipBytes", () => {
  it("gives the same size for the same bytes", () => {
    const content = new TextEncoder().encode("export const x = 1;\n".repeat(200));

    expect(measureGzipBytes(content)).toBe(measureGzipBytes(content));
    expect(measureGzipBytes(content)).toBeLessThan(content.length);
  });
});
