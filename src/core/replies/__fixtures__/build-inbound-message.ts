// Builds small synthetic InboundMessages for classifier tests: a plain human reply unless overridden.
import { toInternetMessageId, type InboundMessage, type MessageHeader } from "../inbound-message";

/** A human reply with no machine signals; every field can be overridden. */
export function buildInboundMessage(overrides: Partial<InboundMessage> = {}): InboundMessage {
  return {
    internetMessageId: toInternetMessageId("<reply-1@example.com>"),
    receivedDateTime: "2025-03-04T10:15:00Z",
    internetMessageHeaders: [{ name: "Content-Type", value: "text/plain; charset=utf-8" }],
    from: { name: "Ann Lee", address: "ann@example.com" },
    sender: { name: "Ann Lee", address: "ann@example.com" },
    toRecipients: [{ name: "Tempo User", address: "me@contoso.com" }],
    subject: "Re: Proposal",
    body: { contentType: "text", content: "Sounds good, see you Tuesday." },
    hasAttachments: false,
    attachments: [],
    ...overrides,
  };
}

/** `Name: value` pairs as Graph internetMessageHeaders, e.g. headers("Auto-Submitted: auto-replied"). */
export function headers(...lines: string[]): MessageHeader[] {
  return lines.map((line) => ({
    name: line.slice(0, line.indexOf(":")),
    value: line.slice(line.indexOf(":") + 1).trim(),
  }));
}

/** A delivery-status part for `recipients`, each `[address, status, action]`. */
export function buildDeliveryStatus(
  recipients: readonly (readonly [string, string, string])[],
): string {
  const blocks = recipients.map(
    ([address, status, action]) =>
      `Final-Recipient: rfc822; ${address}\nAction: ${action}\nStatus: ${status}\nDiagnostic-Code: smtp; ${status.startsWith("5") ? "550" : "451"} ${status} mailbox problem`,
  );
  return ["Reporting-MTA: dns; mx.contoso.com", ...blocks].join("\n\n");
}
