// BENCHMARKS.md sections: a partial bench run replaces its own sections and keeps the others.
import { mergeSections, renderBenchmarks, splitSections } from "./benchmarks-file";

const previousFile = [
  "# Benchmarks",
  "",
  "- date: old",
  "",
  "## Free slots: 10 business days",
  "",
  "old slots",
  "",
  "## Pane load in Chromium",
  "",
  "old panes",
  "",
  "## Someone else's section",
  "",
  "kept",
  "",
].join("\n");

describe("BENCHMARKS.md sections", () => {
  it("splits the header from each ## section", () => {
    expect(splitSections("# B\n\nintro\n## One\na\n## Two\nb\n")).toStrictEqual({
      header: ["# B", "", "intro"],
      sections: [{ lines: ["## One", "a"] }, { lines: ["## Two", "b", ""] }],
    });
  });

  it("replaces the re-measured section, keeps the rest in the bench's order, unknown ones last", () => {
    const { sections } = splitSections(previousFile);
    const merged = mergeSections({
      previous: sections,
      fresh: [
        { lines: ["## Tracked mail: Graph cost", "", "new refresh"] },
        { lines: ["## Pane load in Chromium", "", "new panes"] },
      ],
      order: [
        "## Free slots",
        "## Pane load",
        "## Tracked mail: Graph cost",
        "## Dashboard render",
      ],
    });
    expect(renderBenchmarks(["# Benchmarks", "", "- date: new"], merged)).toBe(
      [
        "# Benchmarks",
        "",
        "- date: new",
        "",
        "## Free slots: 10 business days",
        "",
        "old slots",
        "",
        "## Pane load in Chromium",
        "",
        "new panes",
        "",
        "## Tracked mail: Graph cost",
        "",
        "new refresh",
        "",
        "## Someone else's section",
        "",
        "kept",
        "",
      ].join("\n"),
    );
  });
});
