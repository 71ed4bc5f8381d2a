// Fault injection and limits: rule-based 429/503/504-after/drop/401/latency, the mailbox concurrency limit, UNCONF switches, request start times.

export const faultKinds = ["429", "503", "504-after", "drop", "401-expired", "latency"] as const;
export type FaultKind = (typeof faultKinds)[number];

export interface FaultRule {
  kind: FaultKind;
  /** e.g. "GET"; absent = any method. */
  method?: string;
  /** Regular expression tested against the path after /v1.0 (query excluded), e.g. "^/me/messages". */
  pathPattern?: string;
  /** 0..1, default 1. */
  probability?: number;
  /** How many more times the rule fires; absent = unlimited. */
  count?: number;
  retryAfterSeconds?: number;
  latencyMs?: number;
}

/** Behaviours the sources leave unconfirmed (GRAPH-FACTS labels 3RD/UNCONF), switchable so tests cover both outcomes. */
export interface FaultSwitches {
  /** Real-time delay before a Sent Items copy appears (A3 "may not succeed immediately"). */
  sentCopyDelayMs: { min: number; max: number };
  /** A3: a Graph draft sent with /send keeps its immutable id on the Sent copy (documented recipe) or not (#3767). */
  isImmutableIdKeptOnSend: boolean;
  /** A3 (office-js#5566): a host-composed draft keeps its immutable id after send. */
  isHostDraftIdKeptOnSend: boolean;
  /** A1: compose-time custom properties reach the Sent Items copy. */
  isHostCustomPropertyKeptOnSend: boolean;
  /** A3 UNCONF: an internetMessageId stamped on a draft survives send. */
  isStampedInternetMessageIdKept: boolean;
  /** B5 UNCONF: `$expand=singleValueExtendedProperties(...)` in delta works ("ok") or fails with 500. */
  deltaExpandExtendedProperties: "ok" | "500";
  /** B5 3RD (graph-docs-contrib#6680): $top is ignored by messages delta. */
  isDeltaTopHonoured: boolean;
  /** C9 UNCONF: DELETE of a held deferred-send draft cancels the send. */
  isHeldSendCancelledByDelete: boolean;
  /** D11: digit for workingElsewhere ("4" per scheduleInformation, "0" per the concept page). */
  workingElsewhereDigit: "4" | "0";
  /** D11: getSchedule window limit in days (62 now, 42 in older text). */
  getScheduleMaxDays: number;
  /** D12 3RD: Teams requested but the event silently falls back to no online meeting. */
  isOnlineMeetingSilentlyDropped: boolean;
  /** F15: concurrent requests per app and mailbox. */
  mailboxConcurrencyLimit: number;
}

export const defaultSwitches: FaultSwitches = {
  sentCopyDelayMs: { min: 0, max: 1000 },
  isImmutableIdKeptOnSend: true,
  isHostDraftIdKeptOnSend: false,
  isHostCustomPropertyKeptOnSend: true,
  isStampedInternetMessageIdKept: true,
  deltaExpandExtendedProperties: "ok",
  isDeltaTopHonoured: false,
  isHeldSendCancelledByDelete: true,
  workingElsewhereDigit: "4",
  getScheduleMaxDays: 62,
  isOnlineMeetingSilentlyDropped: false,
  mailboxConcurrencyLimit: 4,
};

export type DeltaInvalidationMode = "410" | "syncStateNotFound";

export interface RequestRecord {
  requestId: string;
  method: string;
  path: string;
  /** Real epoch ms when the server began handling the request (to check Retry-After was honoured). */
  startedAtMs: number;
  status?: number;
  batchParent?: string;
}

export class FaultController {
  rules: FaultRule[] = [];
  switches: FaultSwitches = structuredClone(defaultSwitches);
  readonly requests: RequestRecord[] = [];
  /** Delta tokens minted in an earlier epoch are invalid and fail with `deltaInvalidationMode`. */
  deltaEpoch = 0;
  deltaInvalidationMode: DeltaInvalidationMode = "410";
  private inFlight = 0;

  add(rule: FaultRule): void {
    new RegExp(rule.pathPattern ?? "");
    this.rules.push({ ...rule });
  }

  clear(): void {
    this.rules = [];
  }

  setSwitches(partial: Partial<FaultSwitches>): void {
    this.switches = { ...this.switches, ...partial };
  }

  invalidateDeltaTokens(mode: DeltaInvalidationMode): void {
    this.deltaEpoch += 1;
    this.deltaInvalidationMode = mode;
  }

  reset(): void {
    this.clear();
    this.switches = structuredClone(defaultSwitches);
    this.requests.length = 0;
  }

  /** The rules that fire for this request now; consumes counts. Latency rules all fire; of the others, the first. */
  take(method: string, path: string): FaultRule[] {
    const fired: FaultRule[] = [];
    for (const rule of this.rules) {
      const isMethodMatch = rule.method === undefined || rule.method.toUpperCase() === method;
      const isPathMatch =
        rule.pathPattern === undefined || new RegExp(rule.pathPattern, "i").test(path);
      const isLucky = Math.random() < (rule.probability ?? 1);
      const hasBudget = rule.count === undefined || rule.count > 0;
      const isBlockedBySibling = rule.kind !== "latency" && fired.some((f) => f.kind !== "latency");
      if (!isMethodMatch || !isPathMatch || !hasBudget || isBlockedBySibling || !isLucky) continue;
      if (rule.count !== undefined) rule.count -= 1;
      fired.push(rule);
    }
    this.rules = this.rules.filter((rule) => rule.count === undefined || rule.count > 0);
    return fired;
  }

  tryAcquireSlot(): boolean {
    if (this.inFlight >= this.switches.mailboxConcurrencyLimit) return false;
    this.inFlight += 1;
    return true;
  }

  releaseSlot(): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
  }
}
