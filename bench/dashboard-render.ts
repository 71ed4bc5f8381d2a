// Dashboard render in Chromium (issue #9): the virtualized tracked-email list against all rows rendered, 1,000 emails, 1× and 4× CPU.
import { join, resolve } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { chromiumArgs } from "../playwright.config";
import { buildBenchPage, median, serveStatic } from "./pane-load";
import type { DashboardRenderProbe } from "./dashboard-page/index";
import type { AddressInfo } from "node:net";

export const dashboardVariants = ["virtualized", "naive"] as const;
export type DashboardVariant = (typeof dashboardVariants)[number];

export interface DashboardRenderRow {
  readonly variant: DashboardVariant;
  readonly cpu: number;
  readonly emails: number;
  /** Median ms from `root.render` to the first painted frame with the list. */
  readonly firstRenderMs: number;
  /** Median ms from navigation start to that frame (script load and parse included). */
  readonly sinceNavigationMs: number;
  /** Median JS heap in use after a forced GC, MB (CDP Performance.getMetrics JSHeapUsedSize). */
  readonly heapMb: number;
  /** Median DOM nodes in the document (CDP Performance.getMetrics Nodes). */
  readonly domNodes: number;
  readonly rowsInDom: number;
  readonly runs: number;
}

interface Sample {
  readonly firstRenderMs: number;
  readonly sinceNavigationMs: number;
  readonly heapMb: number;
  readonly domNodes: number;
  readonly rowsInDom: number;
}

const repoRoot = resolve(__dirname, "..");
const outDir = join(repoRoot, ".tmp", "bench-dashboard");
const cpuRates = [1, 4] as const;
const runsPerCell = 7;
const emailCount = 1000;
/** A task pane's size in Outlook on the web (a narrow column beside the mail). */
const paneViewport = { width: 360, height: 800 };

function buildPage(): Promise<void> {
  return buildBenchPage({
    entry: { dashboard: "./bench/dashboard-page/index.tsx" },
    outDir,
    title: "Dashboard render",
  });
}

function readMetric(metrics: ReadonlyArray<{ name: string; value: number }>, name: string): number {
  return metrics.find((metric) => metric.name === name)?.value ?? Number.NaN;
}

/** One page load in a fresh context: the list's first render, then the heap after a forced GC. */
async function sampleRun(browser: Browser, url: string, cpu: number): Promise<Sample> {
  const context = await browser.newContext({ viewport: paneViewport });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
    await cdp.send("Performance.enable");
    await page.goto(url, { waitUntil: "load" });
    await page.waitForFunction(
      () => (window as { __benchDashboard?: unknown }).__benchDashboard !== undefined,
      undefined,
      { timeout: 60_000, polling: 50 },
    );
    const probe = await page.evaluate(
      () => (window as { __benchDashboard?: DashboardRenderProbe }).__benchDashboard,
    );
    await cdp.send("HeapProfiler.collectGarbage");
    const { metrics } = await cdp.send("Performance.getMetrics");
    if (errors.length > 0) throw new Error(`${url}: ${errors.join("; ")}`);
    if (probe === undefined) throw new Error(`${url}: the page left no probe`);
    return {
      firstRenderMs: probe.paintedMs - probe.renderStartMs,
      sinceNavigationMs: probe.paintedMs,
      heapMb: readMetric(metrics, "JSHeapUsedSize") / 2 ** 20,
      domNodes: readMetric(metrics, "Nodes"),
      rowsInDom: probe.rowsInDom,
    };
  } finally {
    await context.close();
  }
}

function summarize(
  variant: DashboardVariant,
  cpu: number,
  samples: readonly Sample[],
): DashboardRenderRow {
  const pick = (read: (sample: Sample) => number) => median(samples.map(read));
  return {
    variant,
    cpu,
    emails: emailCount,
    firstRenderMs: pick((sample) => sample.firstRenderMs),
    sinceNavigationMs: pick((sample) => sample.sinceNavigationMs),
    heapMb: pick((sample) => sample.heapMb),
    domNodes: pick((sample) => sample.domNodes),
    rowsInDom: pick((sample) => sample.rowsInDom),
    runs: samples.length,
  };
}

/** Builds the bench page into .tmp/bench-dashboard, serves it on a random loopback port, times both lists. */
export async function measureDashboardRender(): Promise<DashboardRenderRow[]> {
  await buildPage();
  const server = await serveStatic(outDir);
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: chromiumArgs,
  });
  const rows: DashboardRenderRow[] = [];
  try {
    for (const cpu of cpuRates) {
      const samples = new Map<DashboardVariant, Sample[]>(
        dashboardVariants.map((variant) => [variant, []]),
      );
      // Variants interleaved within each run, so drift on a noisy machine spreads over both.
      for (let run = 0; run < runsPerCell; run += 1) {
        for (const variant of dashboardVariants) {
          const list = variant === "naive" ? "naive" : "virtual";
          const url = `http://127.0.0.1:${port}/?list=${list}&count=${emailCount}`;
          samples.get(variant)?.push(await sampleRun(browser, url, cpu));
        }
      }
      for (const variant of dashboardVariants)
        rows.push(summarize(variant, cpu, samples.get(variant) ?? []));
    }
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
  console.table(rows);
  return rows;
}
