// Runs Microsoft's online manifest validation (office-addin-manifest) only when its service answers within 3 s.
import { lookup } from "node:dns/promises";
import { connect } from "node:tls";
import {
  CheckName,
  createCheckResult,
  createError,
  createWarning,
  type CheckResult,
} from "./findings";

/** The host office-addin-manifest@3 posts XML manifests to (lib/validate.js). */
export const validationServiceHost = "validationgateway.omex.office.net";

function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

function openTls(host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const socket = connect({ host, port: 443, servername: host }, () => {
      socket.end();
      resolve();
    });
    socket.once("error", reject);
    socket.setTimeout(3000, () => socket.destroy(new Error("TLS timeout")));
  });
}

/** True when DNS resolves the service and a TLS handshake completes, all within timeoutMs. */
export async function isValidationServiceReachable(timeoutMs = 3000): Promise<boolean> {
  try {
    await withTimeout(
      lookup(validationServiceHost).then(() => openTls(validationServiceHost)),
      timeoutMs,
    );
    return true;
  } catch {
    return false; // Offline is the normal case here; the caller reports it as a skipped check.
  }
}

export function createSkippedOnlineResult(reason: string): CheckResult {
  return {
    check: CheckName.online,
    status: "skipped",
    summary: `online validation skipped (${reason})`,
    findings: [],
  };
}

export async function checkOnline(manifestPath: string): Promise<CheckResult> {
  if (!(await isValidationServiceReachable())) return createSkippedOnlineResult("offline");
  // Imported lazily: the package pulls in its usage-data client, which only the online path needs.
  const { validateManifest } = await import("office-addin-manifest");
  try {
    const validation = await validateManifest(manifestPath);
    const report = validation.report;
    const findings = [
      ...(report?.errors ?? []).map((issue) =>
        createError("online_error", `${issue.title ?? ""}: ${issue.content ?? ""}`),
      ),
      ...(report?.warnings ?? []).map((issue) =>
        createWarning("online_warning", `${issue.title ?? ""}: ${issue.content ?? ""}`),
      ),
    ];
    const isRejectedWithoutReport = !validation.isValid && findings.length === 0;
    if (isRejectedWithoutReport)
      findings.push(
        createError(
          "online_error",
          `service answered ${validation.status ?? "?"} ${validation.statusText ?? ""}`,
        ),
      );
    return createCheckResult(
      CheckName.online,
      `Microsoft validation service: ${validation.isValid ? "accepted" : "rejected"}`,
      findings,
    );
  } catch (error: unknown) {
    return createSkippedOnlineResult(
      `service error: ${error instanceof Error ? error.message : "unknown"}`,
    );
  }
}
