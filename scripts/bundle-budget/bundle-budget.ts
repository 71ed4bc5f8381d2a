// The pane bundle budget (issue #9): gzip bytes of the JS each page loads before its first render, from webpack stats.
import { gzipSync } from "node:zlib";

/** 1 KiB = 1024 bytes. */
export const kibibyte = 1024;

/** What the issue asks for: each pane's initial JS, office.js excluded, at most 140 KiB gzip. */
export const defaultBudgetBytes = 140 * kibibyte;

/** Gzip as a static host serves it at its best setting; the same bytes always give the same size. */
export function measureGzipBytes(content: Uint8Array): number {
  return gzipSync(content, { level: 9 }).length;
}

/** The slice of `webpack --json` stats the budget reads. */
export interface EntrypointStats {
  readonly entrypoints?: Readonly<
    Record<string, { readonly assets?: readonly { readonly name: string }[] }>
  >;
}

export interface EntrypointSize {
  readonly entrypoint: string;
  /** The initial JS files the page's HTML loads, in load order, with their gzip sizes. */
  readonly files: readonly { readonly name: string; readonly gzipBytes: number }[];
  readonly gzipBytes: number;
}

export interface BudgetRow extends EntrypointSize {
  readonly budgetBytes: number;
  readonly isWithinBudget: boolean;
}

export interface BudgetReport {
  readonly rows: readonly BudgetRow[];
  readonly isWithinBudget: boolean;
}

const isJavaScript = (name: string): boolean => /\.m?js$/.test(name);

/**
 * Sums, per entrypoint, the gzip size of its initial JS (its entry chunk and the split chunks it
 * needs first); lazily loaded chunks are not entrypoint assets and do not count. Office.js comes
 * from Microsoft's CDN, so it is never in the stats.
 */
export function measureEntrypoints(options: {
  stats: EntrypointStats;
  readGzipBytes: (assetName: string) => number;
}): EntrypointSize[] {
  const entrypoints = Object.entries(options.stats.entrypoints ?? {});
  return entrypoints.map(([entrypoint, { assets = [] }]) => {
    const files = assets
      .map((asset) => asset.name)
      .filter(isJavaScript)
      .map((name) => ({ name, gzipBytes: options.readGzipBytes(name) }));
    const gzipBytes = files.reduce((sum, file) => sum + file.gzipBytes, 0);
    return { entrypoint, files, gzipBytes };
  });
}

/** Every entrypoint gets `budgetBytes` unless `budgetBytesByEntrypoint` names it. */
export function evaluateBudget(options: {
  sizes: readonly EntrypointSize[];
  budgetBytes: number;
  budgetBytesByEntrypoint?: Readonly<Record<string, number>>;
}): BudgetReport {
  const rows = options.sizes.map((size) => {
    const budgetBytes = options.budgetBytesByEntrypoint?.[size.entrypoint] ?? options.budgetBytes;
    return { ...size, budgetBytes, isWithinBudget: size.gzipBytes <= budgetBytes };
  });
  return { rows, isWithinBudget: rows.every((row) => row.isWithinBudget) };
}

const formatKibibytes = (bytes: number): string => `${(bytes / kibibyte).toFixed(1)} KiB`;

export function formatBudgetReport(report: BudgetReport): string {
  const lines = report.rows.map((row) => {
    const verdict = row.isWithinBudget ? "ok  " : "OVER";
    const files = row.files.map((file) => `${file.name} ${formatKibibytes(file.gzipBytes)}`);
    return `${verdict} ${row.entrypoint.padEnd(12)} ${formatKibibytes(row.gzipBytes).padStart(10)} of ${formatKibibytes(row.budgetBytes)} gzip  (${files.join(", ")})`;
  });
  return lines.join("\n");
}
