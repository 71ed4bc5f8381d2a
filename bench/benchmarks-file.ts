// BENCHMARKS.md as a header and "## " sections, so a partial `npm run bench -- <part>` replaces only its own sections.

export interface BenchSection {
  /** The section's lines, its "## " heading first. */
  readonly lines: readonly string[];
}

/** Splits markdown at each line starting with "## "; what comes before the first is the header. */
export function splitSections(markdown: string): { header: string[]; sections: BenchSection[] } {
  const header: string[] = [];
  const sections: string[][] = [];
  for (const line of markdown.split("\n")) {
    if (line.startsWith("## ")) sections.push([line]);
    else (sections[sections.length - 1] ?? header).push(line);
  }
  return { header, sections: sections.map((lines) => ({ lines })) };
}

/**
 * The sections to write, in `order` (heading prefixes): a fresh section replaces the old one whose
 * heading starts with the same prefix; old sections of parts not run are kept as they were, e.g.
 * merging a fresh "## Tracked mail…" into [slots, pane load] gives [slots, pane load, tracked mail].
 */
export function mergeSections(options: {
  readonly previous: readonly BenchSection[];
  readonly fresh: readonly BenchSection[];
  readonly order: readonly string[];
}): BenchSection[] {
  const startsWith = (section: BenchSection, prefix: string) =>
    (section.lines[0] ?? "").startsWith(prefix);
  const merged: BenchSection[] = [];
  for (const prefix of options.order) {
    const chosen =
      options.fresh.find((section) => startsWith(section, prefix)) ??
      options.previous.find((section) => startsWith(section, prefix));
    if (chosen) merged.push(chosen);
  }
  const isKnown = (section: BenchSection) =>
    options.order.some((prefix) => startsWith(section, prefix));
  return [...merged, ...options.previous.filter((section) => !isKnown(section))];
}

/** Header, then each section separated by one blank line, ending in one newline. */
export function renderBenchmarks(
  header: readonly string[],
  sections: readonly BenchSection[],
): string {
  const trim = (lines: readonly string[]) => {
    const copy = [...lines];
    while (copy.length > 0 && copy[copy.length - 1]?.trim() === "") copy.pop();
    return copy;
  };
  const blocks = [trim(header), ...sections.map((section) => trim(section.lines))];
  return `${blocks.map((block) => block.join("\n")).join("\n\n")}\n`;
}
