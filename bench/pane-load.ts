// Pane load in Chromium (issue #9): the production panes against a React-only page, cold and repeat, 1× and 4× CPU.
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import { extname, join, normalize, resolve, sep } from "node:path";
import HtmlWebpackPlugin from "html-webpack-plugin";
import { chromium, type Browser } from "playwright-core";
import webpack, { type Configuration } from "webpack";
import { chromiumArgs } from "../playwright.config";
import type { AddressInfo } from "node:net";

export interface PaneLoadRow {
  readonly page: string;
  readonly cpu: number;
  readonly visit: "cold" | "repeat";
  readonly firstPaintMs: number;
  readonly firstRenderMs: number;
  readonly runs: number;
}

interface Sample {
  readonly firstPaintMs: number;
  readonly firstRenderMs: number;
}

const repoRoot = resolve(__dirname, "..");
const outDir = join(repoRoot, ".tmp", "bench-dist");
const floorDir = join(outDir, "react-floor");
const officeJsUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const pages = ["compose", "read", "dashboard", "settings", "react-floor"] as const;
const cpuRates = [1, 4] as const;
const runsPerCell = 7;
/** The repeat figure is the third visit: by then V8 has a code cache for the bundles. */
const repeatVisit = 3;

/**
 * Office.js stand-in: resolves onReady at once and exposes a context with no mailbox, the way the
 * panes see a browser tab outside Outlook (every hook reads `office?.context.mailbox` and the like).
 */
const officeStub = `window.Office = {
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  EventType: { OfficeThemeChanged: "officeThemeChanged", RecipientsChanged: "olkRecipientsChanged" },
  context: { requirements: { isSetSupported: function () { return false; } }, mailbox: null, roamingSettings: null, officeTheme: null, diagnostics: null },
  onReady: function (cb) {
    return Promise.resolve({ host: null, platform: null }).then(function (r) { if (cb) cb(r); return r; });
  },
};`;

/** Records when React puts a real h1 on the page (the skeleton's title is a <p class="skeleton-title">). */
const firstRenderProbe = `(() => {
  const isRendered = () => {
    const heading = document.querySelector("h1");
    return heading !== null && !heading.classList.contains("skeleton-title");
  };
  const observer = new MutationObserver(() => {
    if (window.__benchFirstRender === undefined && isRendered()) {
      window.__benchFirstRender = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

export function runWebpack(config: Configuration): Promise<void> {
  return new Promise((done, fail) => {
    webpack(config, (error, stats) => {
      if (error) fail(error);
      else if (stats?.hasErrors()) fail(new Error(stats.toString("errors-only")));
      else done();
    });
  });
}

/**
 * Builds one bench page (a TypeScript entry, `@/` resolving to src/, and an index.html with a root
 * div) in production mode, e.g. `buildBenchPage({ entry: { floor: "./bench/react-floor/index.tsx" }, … })`.
 */
export function buildBenchPage(options: {
  readonly entry: Record<string, string>;
  readonly outDir: string;
  /** The page's `<title>`. */
  readonly title: string;
}): Promise<void> {
  return runWebpack({
    mode: "production",
    context: repoRoot,
    entry: options.entry,
    output: { path: options.outDir, filename: "[name].[contenthash:8].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"], alias: { "@": join(repoRoot, "src") } },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "index.html",
        scriptLoading: "defer",
        inject: "head",
        templateContent:
          `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>${options.title}</title>` +
          '</head><body><div id="root"></div></body></html>',
      }),
    ],
    devtool: false,
    performance: { hints: false },
    infrastructureLogging: { level: "error" },
  });
}

async function buildPages(): Promise<void> {
  const require = createRequire(__filename);
  const paneConfig = require("../webpack.config.cjs") as (
    env: Record<string, unknown>,
    argv: Record<string, unknown>,
  ) => Configuration;
  const production = paneConfig({}, { mode: "production" });
  await runWebpack({
    ...production,
    context: repoRoot,
    output: { ...production.output, path: outDir },
    infrastructureLogging: { level: "error" },
  });
  await buildBenchPage({
    entry: { floor: "./bench/react-floor/index.tsx" },
    outDir: floorDir,
    title: "React floor",
  });
}

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
};

/** Static files with the cache headers of deploy/nginx.conf: hashed bundles immutable, the rest revalidated. */
export function serveStatic(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const file = normalize(join(root, pathname.endsWith("/") ? `${pathname}index.html` : pathname));
    if (!file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    Promise.all([stat(file), readFile(file)])
      .then(([info, body]) => {
        const etag = `"${createHash("sha1").update(body).digest("hex").slice(0, 16)}"`;
        const cacheControl = /\.[0-9a-f]{8}\.js$/.test(file)
          ? "public, max-age=31536000, immutable"
          : "no-cache";
        const headers = {
          "Content-Type": contentTypes[extname(file)] ?? "application/octet-stream",
          "Cache-Control": cacheControl,
          ETag: etag,
          "Last-Modified": info.mtime.toUTCString(),
        };
        if (request.headers["if-none-match"] === etag) {
          response.writeHead(304, headers).end();
          return;
        }
        response.writeHead(200, { ...headers, "Content-Length": body.length }).end(body);
      })
      .catch(() => response.writeHead(404).end());
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** One run: a fresh context (empty cache), visit 1 is cold, visit `repeatVisit` is repeat. */
async function sampleRun(
  browser: Browser,
  url: string,
  cpu: number,
): Promise<{ cold: Sample; repeat: Sample }> {
  const context = await browser.newContext();
  try {
    await context.route(officeJsUrl, (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: officeStub }),
    );
    await context.addInitScript(firstRenderProbe);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
    const visits: Sample[] = [];
    for (let visit = 1; visit <= repeatVisit; visit += 1) {
      await page.goto(url, { waitUntil: "load" });
      await page.waitForFunction(
        () =>
          (window as { __benchFirstRender?: number }).__benchFirstRender !== undefined &&
          performance.getEntriesByName("first-paint").length > 0,
        undefined,
        { timeout: 30_000, polling: 50 },
      );
      visits.push(
        await page.evaluate(() => ({
          firstPaintMs: performance.getEntriesByName("first-paint")[0]?.startTime ?? Number.NaN,
          firstRenderMs:
            (window as { __benchFirstRender?: number }).__benchFirstRender ?? Number.NaN,
        })),
      );
    }
    if (errors.length > 0) throw new Error(`${url}: ${errors.join("; ")}`);
    const cold = visits[0];
    const repeat = visits[repeatVisit - 1];
    if (!cold || !repeat) throw new Error(`${url}: missing visits`);
    return { cold, repeat };
  } finally {
    await context.close();
  }
}

function pageUrl(origin: string, page: (typeof pages)[number]): string {
  return page === "react-floor" ? `${origin}/react-floor/` : `${origin}/${page}.html`;
}

/** Builds production into .tmp/bench-dist, serves it on a random loopback port and times each page. */
export async function measurePaneLoad(): Promise<PaneLoadRow[]> {
  await buildPages();
  const server = await serveStatic(outDir);
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: chromiumArgs,
  });
  const rows: PaneLoadRow[] = [];
  try {
    for (const cpu of cpuRates) {
      const samples = new Map<string, { cold: Sample[]; repeat: Sample[] }>(
        pages.map((page) => [page, { cold: [], repeat: [] }]),
      );
      // Pages interleaved within each run, so drift on a noisy machine spreads over all of them.
      for (let run = 0; run < runsPerCell; run += 1) {
        for (const page of pages) {
          const result = await sampleRun(browser, pageUrl(origin, page), cpu);
          samples.get(page)?.cold.push(result.cold);
          samples.get(page)?.repeat.push(result.repeat);
        }
      }
      for (const page of pages) {
        for (const visit of ["cold", "repeat"] as const) {
          const cell = samples.get(page)?.[visit] ?? [];
          rows.push({
            page,
            cpu,
            visit,
            firstPaintMs: median(cell.map((sample) => sample.firstPaintMs)),
            firstRenderMs: median(cell.map((sample) => sample.firstRenderMs)),
            runs: cell.length,
          });
        }
      }
    }
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
  console.table(
    rows.map((row) => ({
      page: row.page,
      cpu: `${row.cpu}×`,
      visit: row.visit,
      "first paint (ms)": row.firstPaintMs.toFixed(0),
      "first render (ms)": row.firstRenderMs.toFixed(0),
      runs: row.runs,
    })),
  );
  return rows;
}
