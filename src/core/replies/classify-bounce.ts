// Decides whether a message is a delivery report (failed, delayed or successful) and extracts its facts.
import {
  parseDeliveryStatus,
  readRecipientOutcome,
  readSeverity,
  RecipientOutcome,
  findStatusCode,
  type DeliveryStatusRecipient,
} from "./bounce-report";
import { findOriginalMessageId } from "./find-original-message-id";
import { MapiMessageClass, type InboundMessage } from "./inbound-message";
import { SubjectHint } from "./localized-subjects";
import { readList, readReportParts, readSubject } from "./message-text";
import { isMessageClass, ReportType, type ReplySignals } from "./reply-signals";
import { BounceSeverity, ReplyKind, type BounceVerdict, type ReplyVerdict } from "./reply-verdict";
import { scanBounceBody } from "./scan-bounce-body";

const DSN_TYPES = ["message/delivery-status", "message/global-delivery-status"];
const RETURNED_TYPES = [
  "message/rfc822",
  "text/rfc822-headers",
  "message/global",
  "message/global-headers",
];
const INLINE_DSN_FIELDS = /^(?:final|original)-recipient\s*:/im;

function readDeliveryStatusRecipients(
  message: InboundMessage,
  bodyText: string,
): DeliveryStatusRecipient[] {
  const fromParts = readReportParts(message, DSN_TYPES).flatMap((part) =>
    parseDeliveryStatus(part.content ?? ""),
  );
  if (fromParts.length > 0) return fromParts;
  // Some MTAs (qmail-ldap, older Exchange, vendor gateways) inline the RFC 3464 fields in the text body.
  return INLINE_DSN_FIELDS.test(bodyText) ? parseDeliveryStatus(bodyText) : [];
}

function looksLikeDeliveryReport(
  signals: ReplySignals,
  recipients: readonly DeliveryStatusRecipient[],
): boolean {
  const isAutoSubject = [SubjectHint.outOfOffice, SubjectHint.vacation, SubjectHint.autoReply].some(
    (hint) => hint === signals.subjectHint,
  );
  const isReportHint =
    signals.reportType === ReportType.deliveryStatus ||
    signals.isExchangeNdr ||
    signals.failedRecipientsHeader.length > 0 ||
    [SubjectHint.bounce, SubjectHint.delay, SubjectHint.delivered].some(
      (hint) => hint === signals.subjectHint,
    ) ||
    [MapiMessageClass.ndr, MapiMessageClass.deliveryReport, MapiMessageClass.delayed].some(
      (messageClass) => isMessageClass(signals, messageClass),
    );
  return (
    recipients.length > 0 || isReportHint || (signals.isDeliverySystemSender && !isAutoSubject)
  );
}

function listAddresses(message: InboundMessage): string[] {
  return [message.from, message.sender, ...readList(message.toRecipients)]
    .map((address) => (typeof address?.address === "string" ? address.address.toLowerCase() : ""))
    .filter((address) => address !== "");
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function buildBounceVerdict(options: {
  readonly message: InboundMessage;
  readonly signals: ReplySignals;
  readonly bodyText: string;
  readonly bounced: readonly DeliveryStatusRecipient[];
}): BounceVerdict {
  const { message, signals, bodyText, bounced } = options;
  const scanned = scanBounceBody({ bodyText, excludedAddresses: listAddresses(message) });
  const fromReport = unique(
    bounced.flatMap((recipient) => recipient.finalRecipient ?? recipient.originalRecipient ?? []),
  );
  const failedRecipients = [
    fromReport,
    signals.failedRecipientsHeader,
    scanned.failedRecipients,
  ].find((candidates) => candidates.length > 0);
  const first = bounced[0];
  const statusCode =
    first?.status ?? findStatusCode(first?.diagnosticCode ?? "") ?? scanned.statusCode;
  const isDelayOnly =
    first !== undefined &&
    bounced.every((r) => readRecipientOutcome(r) === RecipientOutcome.delayed);
  const severity =
    first !== undefined
      ? bounced.some(
          (r) => readSeverity(r.status, readRecipientOutcome(r)) === BounceSeverity.hard,
        ) && !isDelayOnly
        ? BounceSeverity.hard
        : BounceSeverity.soft
      : readBodySeverity(signals, statusCode, scanned.replyCode, scanned.isTransient);
  const returnedParts = readReportParts(message, RETURNED_TYPES).map((part) => part.content ?? "");
  const originalMessageId = findOriginalMessageId({ returnedParts, bodyText });
  const reason = (first?.diagnosticCode ?? "") || scanned.reason || readSubject(message);
  return {
    kind: ReplyKind.bounce,
    severity,
    failedRecipients: unique(failedRecipients ?? []),
    ...(statusCode === undefined ? {} : { statusCode }),
    reason: reason.slice(0, 200),
    ...(originalMessageId === undefined ? {} : { originalMessageId }),
  };
}

function readBodySeverity(
  signals: ReplySignals,
  statusCode: string | undefined,
  replyCode: string | undefined,
  isTransientText: boolean,
): BounceSeverity {
  const code = statusCode ?? replyCode;
  if (code !== undefined) return code.startsWith("4") ? BounceSeverity.soft : BounceSeverity.hard;
  const isDelayNotice =
    signals.subjectHint === SubjectHint.delay || isMessageClass(signals, MapiMessageClass.delayed);
  return isDelayNotice || isTransientText ? BounceSeverity.soft : BounceSeverity.hard;
}

/**
 * A bounce, a successful delivery report, or undefined when the message is no delivery report at all,
 * e.g. a multipart/report whose only recipient has `Action: failed, Status: 5.1.1` gives a hard bounce.
 */
export function classifyDeliveryReport(options: {
  readonly message: InboundMessage;
  readonly signals: ReplySignals;
  readonly bodyText: string;
}): ReplyVerdict | undefined {
  const { message, signals, bodyText } = options;
  const recipients = readDeliveryStatusRecipients(message, bodyText);
  if (!looksLikeDeliveryReport(signals, recipients)) return undefined;
  const outcomes = recipients.map(readRecipientOutcome);
  const failed = recipients.filter((_r, index) => outcomes[index] === RecipientOutcome.failed);
  const delayed = recipients.filter((_r, index) => outcomes[index] === RecipientOutcome.delayed);
  const isAllDelivered = recipients.length > 0 && failed.length === 0 && delayed.length === 0;
  const isDeliveredNotice =
    recipients.length === 0 &&
    (signals.subjectHint === SubjectHint.delivered ||
      isMessageClass(signals, MapiMessageClass.deliveryReport));
  if (isAllDelivered || isDeliveredNotice) return { kind: ReplyKind.deliveryReport };
  const bounced = failed.length > 0 ? failed : delayed;
  return buildBounceVerdict({ message, signals, bodyText, bounced });
}
