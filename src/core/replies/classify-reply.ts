// Classifies an inbound message in a tracked thread: human reply, auto-reply, bounce, receipt or request.
import { classifyAutoReply } from "./classify-auto-reply";
import { classifyDeliveryReport } from "./classify-bounce";
import { MapiMessageClass, type InboundMessage } from "./inbound-message";
import { readBodyText, readReportParts, readSubject, readUniqueBodyText } from "./message-text";
import { isChallengeResponseText, isUnsubscribeRequest } from "./reply-phrases";
import { isMessageClass, readReplySignals, ReportType, type ReplySignals } from "./reply-signals";
import { AutoReplyReason, ReplyKind, type ReplyVerdict } from "./reply-verdict";
import { stripQuotedText } from "./strip-quoted-text";

function isFeedbackReport(message: InboundMessage, signals: ReplySignals): boolean {
  return (
    signals.reportType === ReportType.feedbackReport ||
    readReportParts(message, ["message/feedback-report"]).length > 0
  );
}

function isReadReceipt(message: InboundMessage, signals: ReplySignals): boolean {
  const hasMdnPart = readReportParts(message, ["message/disposition-notification"]).length > 0;
  const isReceiptClass =
    isMessageClass(signals, MapiMessageClass.readReceipt) ||
    isMessageClass(signals, MapiMessageClass.notReadReceipt);
  return signals.reportType === ReportType.dispositionNotification || hasMdnPart || isReceiptClass;
}

/**
 * Classifies `message` from what Graph exposes; pure, never throws, never mutates its input, and reads
 * at most 64 KB of any body. e.g. `Auto-Submitted: auto-replied` with subject "Automatic reply: Offer"
 * gives `{ kind: "auto_reply", reason: "out_of_office" }`; a multipart/report with `Status: 5.1.1`
 * for bob@example.com gives `{ kind: "bounce", severity: "hard", failedRecipients: ["bob@example.com"], … }`.
 */
export function classifyReply(message: InboundMessage): ReplyVerdict {
  const signals = readReplySignals(message);
  if (isFeedbackReport(message, signals)) return { kind: ReplyKind.feedbackReport };
  if (isReadReceipt(message, signals)) return { kind: ReplyKind.readReceipt };
  const bodyText = readBodyText(message);
  const subject = readSubject(message);
  const uniqueText = readUniqueBodyText(message) ?? stripQuotedText(bodyText);
  const deliveryReport = classifyDeliveryReport({ message, signals, bodyText });
  // A challenge/response gate (Boxbe, "confirm this mail server") often wears a DSN, but the message
  // is held for the sender to verify, not refused: it is an automatic reply, not a bounce.
  const isChallenge =
    deliveryReport?.kind === ReplyKind.bounce &&
    isChallengeResponseText(`${deliveryReport.reason}\n${bodyText}`);
  if (isChallenge) return { kind: ReplyKind.autoReply, reason: AutoReplyReason.challengeResponse };
  if (deliveryReport !== undefined) return deliveryReport;
  // Before auto-replies: mail clients send List-Unsubscribe mailto requests as Auto-Submitted mail.
  if (isUnsubscribeRequest({ uniqueText, subject })) return { kind: ReplyKind.unsubscribeRequest };
  const autoReply = classifyAutoReply({ signals, subject, uniqueText });
  if (autoReply !== undefined) return autoReply;
  return { kind: ReplyKind.humanReply };
}
