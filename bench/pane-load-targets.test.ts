import { paneLoadTargetLines } from "./pane-load-targets";
import type { PaneLoadRow } from "./pane-load";

function row(page: string, cpu: number, visit: "cold" | "repeat", paint: number, render: number) {
  return {
    page,
    cpu,
    visit,
    firstPaintMs: paint,
    firstRenderMs: render,
    runs: 7,
  } satisfies PaneLoadRow;
}

describe("paneLoadTargetLines", () => {
  it("states each target as met, or not met with the floor that explains it", () => {
    const rows = [
      row("compose", 4, "cold", 300, 1300),
      row("react-floor", 4, "cold", 500, 600),
      row("compose", 4, "repeat", 200, 240),
      row("react-floor", 4, "repeat", 150, 300),
      row("compose", 1, "cold", 150, 400),
      row("react-floor", 1, "cold", 120, 200),
    ];

    expect(paneLoadTargetLines(rows)).toStrictEqual([
      "- cold at 4×: first paint ≤ 350 ms: 300 ms: **met**",
      "- cold at 4×: first render ≤ 650 ms: 1300 ms: **not met** (the React-only floor takes 600 ms in the same run, so the pane's own work (2.17× the floor) is the reason)",
      "- repeat at 4×: first render ≤ 250 ms: 240 ms: **met**",
      "- cold at 1×: first render ≤ 250 ms: 400 ms: **not met** (the React-only floor takes 200 ms in the same run, so the pane's own work (2.00× the floor) is the reason)",
    ]);
  });

  it("blames the machine when the floor itself misses the limit, and says what was not measured", () => {
    const rows = [row("compose", 1, "cold", 150, 700), row("react-floor", 1, "cold", 300, 400)];

    expect(paneLoadTargetLines(rows)).toStrictEqual([
      "- cold at 4×: first paint ≤ 350 ms: not measured in this run",
      "- cold at 4×: first render ≤ 650 ms: not measured in this run",
      "- repeat at 4×: first render ≤ 250 ms: not measured in this run",
      "- cold at 1×: first render ≤ 250 ms: 700 ms: **not met** (the React-only floor alone takes 400 ms on this machine in the same run, over the limit too)",
    ]);
  });
});
