// Issue #9's pane-load targets (compose pane, medians), each stated against the measured row and the React-only floor.
import type { PaneLoadRow } from "./pane-load";

export interface PaneLoadTarget {
  readonly label: string;
  readonly cpu: number;
  readonly visit: "cold" | "repeat";
  readonly metric: "firstPaintMs" | "firstRenderMs";
  readonly limitMs: number;
}

/** From issue #9: "Targets (medians, compose pane; BENCHMARKS.md states each against its target)". */
export const paneLoadTargets: readonly PaneLoadTarget[] = [
  { label: "cold at 4×: first paint", cpu: 4, visit: "cold", metric: "firstPaintMs", limitMs: 350 },
  {
    label: "cold at 4×: first render",
    cpu: 4,
    visit: "cold",
    metric: "firstRenderMs",
    limitMs: 650,
  },
  {
    label: "repeat at 4×: first render",
    cpu: 4,
    visit: "repeat",
    metric: "firstRenderMs",
    limitMs: 250,
  },
  {
    label: "cold at 1×: first render",
    cpu: 1,
    visit: "cold",
    metric: "firstRenderMs",
    limitMs: 250,
  },
];

function findRow(rows: readonly PaneLoadRow[], page: string, target: PaneLoadTarget) {
  return rows.find(
    (row) => row.page === page && row.cpu === target.cpu && row.visit === target.visit,
  );
}

/**
 * One line per target: met, or not met with what the same run measured for the React-only floor —
 * whether the floor alone already misses the limit on this machine says whether the pane or the
 * machine is the reason. e.g. "- cold at 4×: first paint ≤ 350 ms: 552 ms: **not met** (…)".
 */
export function paneLoadTargetLines(rows: readonly PaneLoadRow[]): string[] {
  return paneLoadTargets.map((target) => {
    const compose = findRow(rows, "compose", target);
    const floor = findRow(rows, "react-floor", target);
    const head = `- ${target.label} ≤ ${target.limitMs} ms`;
    if (compose === undefined) return `${head}: not measured in this run`;
    const value = compose[target.metric];
    if (value <= target.limitMs) return `${head}: ${value.toFixed(0)} ms: **met**`;
    if (floor === undefined) return `${head}: ${value.toFixed(0)} ms: **not met**`;
    const floorValue = floor[target.metric];
    const ratio = (value / floorValue).toFixed(2);
    const floorVerdict =
      floorValue > target.limitMs
        ? `the React-only floor alone takes ${floorValue.toFixed(0)} ms on this machine in the same run, over the limit too`
        : `the React-only floor takes ${floorValue.toFixed(0)} ms in the same run, so the pane's own work (${ratio}× the floor) is the reason`;
    return `${head}: ${value.toFixed(0)} ms: **not met** (${floorVerdict})`;
  });
}
