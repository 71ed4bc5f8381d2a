// The retry policy as a table: which request, which failure, which decision.
import { computeBackoffMs, parseRetryAfterMs } from "./retry-after";
import { classifyRequest, decideRetry, defaultRetryLimits, RetryClass } from "./retry-policy";
import type { AttemptResult, RetryDecision } from "./retry-policy";

const now = Date.parse("2025-03-12T17:00:00Z");
const response = (status: number, retryAfter: string | null = null): AttemptResult => ({
  kind: "response",
  status,
  retryAfter,
});

describe("decideRetry", () => {
  const cases: Array<[string, AttemptResult, RetryClass, number, RetryDecision]> = [
    [
      "a throttled GET waits its Retry-After",
      response(429, "1"),
      RetryClass.idempotent,
      1,
      { kind: "retry", delayMs: 1000 },
    ],
    [
      "a throttled send waits its Retry-After (rejected before execution)",
      response(429, "2"),
      RetryClass.nonIdempotent,
      1,
      { kind: "retry", delayMs: 2000 },
    ],
    [
      "a throttled GET with an HTTP-date waits until that date",
      response(429, "Wed, 12 Mar 2025 17:00:03 GMT"),
      RetryClass.idempotent,
      1,
      { kind: "retry", delayMs: 3000 },
    ],
    [
      "a 503 GET without Retry-After backs off with full jitter",
      response(503),
      RetryClass.idempotent,
      2,
      { kind: "retry", delayMs: 500 },
    ],
    [
      "a 504 getSchedule (read-only POST) is retried",
      response(504),
      RetryClass.readOnlyPost,
      1,
      { kind: "retry", delayMs: 250 },
    ],
    [
      "a 504 send is never retried (it may have been delivered)",
      response(504),
      RetryClass.nonIdempotent,
      1,
      { kind: "stop" },
    ],
    [
      "a 503 create is never retried",
      response(503, "1"),
      RetryClass.nonIdempotent,
      1,
      { kind: "stop" },
    ],
    [
      "a dropped GET is retried",
      { kind: "network_error" },
      RetryClass.idempotent,
      1,
      { kind: "retry", delayMs: 250 },
    ],
    [
      "a dropped send is never retried",
      { kind: "network_error" },
      RetryClass.nonIdempotent,
      1,
      { kind: "stop" },
    ],
    ["a 404 is final", response(404), RetryClass.idempotent, 1, { kind: "stop" }],
    [
      "a 500 is final (not a transient status)",
      response(500),
      RetryClass.idempotent,
      1,
      { kind: "stop" },
    ],
    [
      "the fourth attempt is the last",
      response(429, "1"),
      RetryClass.idempotent,
      4,
      { kind: "stop" },
    ],
    [
      "a Retry-After past the wait budget stops",
      response(429, "31"),
      RetryClass.idempotent,
      1,
      { kind: "stop" },
    ],
    [
      "an auth failure before Graph was asked is final",
      { kind: "final" },
      RetryClass.idempotent,
      1,
      { kind: "stop" },
    ],
  ];
  it.each(cases)("%s", (_name, result, retryClass, attempt, expected) => {
    expect(
      decideRetry({
        result,
        retryClass,
        attempt,
        waitedMs: 0,
        limits: defaultRetryLimits,
        nowMs: now,
        random: 0.5,
      }),
    ).toStrictEqual(expected);
  });

  it("stops when the waits so far leave no room for the next one", () => {
    const decision = decideRetry({
      result: response(429, "5"),
      retryClass: RetryClass.idempotent,
      attempt: 2,
      waitedMs: 26_000,
      limits: defaultRetryLimits,
      nowMs: now,
      random: 0.5,
    });
    expect(decision).toStrictEqual({ kind: "stop" });
  });
});

describe("classifyRequest", () => {
  it.each([
    ["GET", false, RetryClass.idempotent],
    ["PATCH", false, RetryClass.idempotent],
    ["PUT", false, RetryClass.idempotent],
    ["DELETE", false, RetryClass.idempotent],
    ["POST", true, RetryClass.readOnlyPost],
    ["POST", false, RetryClass.nonIdempotent],
  ] as const)("classifies %s (read-only: %s) as %s", (method, isReadOnly, expected) => {
    expect(classifyRequest(method, isReadOnly)).toBe(expected);
  });
});

describe("parseRetryAfterMs and computeBackoffMs", () => {
  it.each([
    ["5", 5000],
    [" 0 ", 0],
    ["Wed, 12 Mar 2025 17:00:05 GMT", 5000],
    ["Wed, 12 Mar 2025 16:59:00 GMT", 0],
    ["soon", undefined],
    ["-1", undefined],
    [null, undefined],
  ] as const)("reads Retry-After %p as %p ms", (value, expected) => {
    expect(parseRetryAfterMs(value, now)).toBe(expected);
  });

  it("doubles the ceiling per retry up to the cap and draws below it", () => {
    const delays = [1, 2, 3, 4, 5, 6].map((retryNumber) =>
      computeBackoffMs({ retryNumber, baseMs: 500, capMs: 8000, random: 0.999 }),
    );
    expect(delays).toStrictEqual([499, 999, 1998, 3996, 7992, 7992]);
  });
});
