// Reads failed recipients, status code and reason from the human-readable text of a non-RFC-3464 bounce.
import { findStatusCode } from "./bounce-report";

export interface BodyBounceFacts {
  readonly failedRecipients: readonly string[];
  readonly statusCode?: string;
  /** The SMTP reply code (e.g. `550`) when no enhanced status code was given. */
  readonly replyCode?: string;
  readonly reason: string;
  readonly isTransient: boolean;
}

// Where the returned copy of the original message starts; addresses below it are not failed recipients.
const RETURNED_COPY =
  /^.*(?:-{3,}.*(?:original message|returned message|copy of|message headers|undelivered message|below this line|rfc822|returned mail)|original message (?:headers|follows)|^received: |^return-path: |^content-type: message\/rfc822|message-id:).*$/im;

const ADDRESS =
  /[a-z0-9!#$%&'*+/=?^_`{|}~.-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+/gi;
const SYSTEM_LOCAL_PART =
  /^(?:mailer-daemon|postmaster|mail-daemon|abuse|noreply|no-reply|root|double-bounce)$/i;
const REPLY_CODE = /\b([45][0-7]\d)[\s-]/;
const TRANSIENT_TEXT =
  /\b(?:delayed|will (?:be )?retr(?:y|ied)|still trying|temporar(?:y|ily)|not yet been delivered|deferred)\b/i;
// The most telling line: one quoting an SMTP reply, else one naming the failure in words.
const REASON_LINES: readonly RegExp[] = [
  /^.*\b[45]\d\d[ -]+#?[45]\.\d{1,3}\.\d{1,3}\b.*$/im,
  /^.*(?:\b[45]\d\d[ -]|\b[45]\.\d{1,3}\.\d{1,3}\b).*$/im,
  /^.*(?:unknown|not found|does not exist|no such|invalid|rejected|refused|denied|full|quota|expired|timed? ?out|blocked|spam|unavailable|disabled|suspended|too (?:large|big)|failed).*$/im,
];

function cutAtReturnedCopy(body: string): string {
  const marker = RETURNED_COPY.exec(body);
  return marker === null ? body : body.slice(0, marker.index);
}

function collectAddresses(report: string, excluded: ReadonlySet<string>): string[] {
  const found = (report.match(ADDRESS) ?? []).map((address) =>
    address.toLowerCase().replace(/^[.]+|[.]+$/g, ""),
  );
  const kept = found.filter((address) => {
    const localPart = address.split("@")[0] ?? "";
    return !excluded.has(address) && !SYSTEM_LOCAL_PART.test(localPart);
  });
  return [...new Set(kept)];
}

/**
 * Scans the report text above the returned copy, e.g. "<bob@x.org>: host mx said: 550 5.1.1 unknown"
 * gives `{ failedRecipients: ["bob@x.org"], statusCode: "5.1.1", reason: "<bob@x.org>: host mx…" }`.
 * `excludedAddresses` (the bounce's own From/To) are never reported as failed.
 */
export function scanBounceBody(options: {
  readonly bodyText: string;
  readonly excludedAddresses: readonly string[];
}): BodyBounceFacts {
  const report = cutAtReturnedCopy(options.bodyText.replace(/\r\n?/g, "\n"));
  const excluded = new Set(options.excludedAddresses.map((address) => address.toLowerCase()));
  const statusCode = findStatusCode(report);
  const replyCode = statusCode === undefined ? REPLY_CODE.exec(report)?.[1] : undefined;
  const reasonLine =
    REASON_LINES.map((pattern) => pattern.exec(report)?.[0]).find((line) => line !== undefined) ??
    "";
  return {
    failedRecipients: collectAddresses(report, excluded),
    ...(statusCode === undefined ? {} : { statusCode }),
    ...(replyCode === undefined ? {} : { replyCode }),
    reason: reasonLine.replace(/\s+/g, " ").trim().slice(0, 200),
    isTransient: TRANSIENT_TEXT.test(report),
  };
}
