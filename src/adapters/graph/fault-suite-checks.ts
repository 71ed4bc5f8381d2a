// Test-only checks for the fault suite: Retry-After honoured per request, and a figures summary.
import { measureMaxInFlight } from "./fake-graph-test-bed";
import type { TestBed } from "./fake-graph-test-bed";
import type { AttemptRecord } from "./gateway-observer";

/** Each retry after a 429 started no earlier than the 429's answer plus its Retry-After (client and server clocks). */
export function findRetryAfterViolations(bed: TestBed): string[] {
  const serverStart = new Map(bed.graph.requests().map((r) => [r.requestId, r.startedAtMs]));
  const byRequest = new Map<string, AttemptRecord[]>();
  for (const attempt of bed.attempts)
    byRequest.set(attempt.clientRequestId, [
      ...(byRequest.get(attempt.clientRequestId) ?? []),
      attempt,
    ]);
  const violations: string[] = [];
  for (const attempts of byRequest.values()) {
    const ordered = [...attempts].sort((a, b) => a.attempt - b.attempt);
    ordered.forEach((previous, index) => {
      const next = ordered[index + 1];
      if (!next || previous.status !== 429 || previous.retryAfter === undefined) return;
      const waitMs = Number(previous.retryAfter) * 1000;
      const clientGapMs = next.startedAtMs - previous.endedAtMs;
      const serverPrevious = serverStart.get(previous.requestId ?? "");
      const serverNext = serverStart.get(next.requestId ?? "");
      const serverGapMs =
        serverPrevious === undefined || serverNext === undefined
          ? undefined
          : serverNext - serverPrevious;
      if (clientGapMs < waitMs || (serverGapMs !== undefined && serverGapMs < waitMs))
        violations.push(
          `${previous.method} ${previous.path}: retried after ${clientGapMs} ms (server ${serverGapMs ?? "?"} ms), Retry-After ${waitMs} ms`,
        );
    });
  }
  return violations;
}

export interface FaultFigures {
  readonly scenario: string;
  readonly requests: number;
  readonly attempts: number;
  readonly retries: number;
  readonly throttled: number;
  readonly maxInFlight: number;
  readonly mailboxConcurrency429: number;
}

/** Figures for the report; printed with TEMPO_FAULT_REPORT=1. */
export function summarize(bed: TestBed, scenario: string): FaultFigures {
  const figures = {
    scenario,
    requests: bed.graph.requests().length,
    attempts: bed.attempts.length,
    retries: bed.retries.length,
    throttled: bed.attempts.filter((a) => a.status === 429).length,
    maxInFlight: measureMaxInFlight(bed.attempts),
    mailboxConcurrency429: bed.mailboxConcurrencyRejections(),
  };
  if (process.env.TEMPO_FAULT_REPORT === "1") process.stdout.write(`${JSON.stringify(figures)}\n`);
  return figures;
}
