// The shape every manifest check reports in: one result per check, each holding its findings.

/** How much a finding matters: only errors make the manifest invalid. */
export const Severity = { error: "error", warning: "warning", info: "info" } as const;
export type Severity = (typeof Severity)[keyof typeof Severity];

/** The checks, in the order the validator runs and prints them. */
export const CheckName = {
  wellFormed: "well-formed",
  xsd: "xsd",
  identity: "identity",
  urls: "urls",
  resources: "resources",
  runtimes: "runtimes",
  icons: "icons",
  online: "online",
} as const;
export type CheckName = (typeof CheckName)[keyof typeof CheckName];

export interface Finding {
  readonly severity: Severity;
  /** Stable machine-readable code, e.g. `url_not_https`; tests and --json consumers branch on it. */
  readonly code: string;
  readonly message: string;
}

export interface CheckResult {
  readonly check: CheckName;
  /** `skipped` when the check could not run (offline, or the XML did not parse). */
  readonly status: "ok" | "failed" | "skipped";
  /** One line saying what was checked, e.g. "15 resids resolve; 0 unused". */
  readonly summary: string;
  readonly findings: readonly Finding[];
}

export function createError(code: string, message: string): Finding {
  return { severity: Severity.error, code, message };
}

export function createWarning(code: string, message: string): Finding {
  return { severity: Severity.warning, code, message };
}

/** Builds a result whose status follows from its findings: any error fails it. */
export function createCheckResult(
  check: CheckName,
  summary: string,
  findings: readonly Finding[],
): CheckResult {
  const hasError = findings.some((finding) => finding.severity === Severity.error);
  return { check, status: hasError ? "failed" : "ok", summary, findings };
}

export function countErrors(results: readonly CheckResult[]): number {
  return results
    .flatMap((result) => result.findings)
    .filter((finding) => finding.severity === Severity.error).length;
}
