// Parses RFC 3464 delivery-status text (a message/delivery-status part, or the same fields inlined in a body).
import { BounceSeverity } from "./reply-verdict";

/** One per-recipient block of a delivery-status report; absent fields are omitted. */
export interface DeliveryStatusRecipient {
  readonly finalRecipient?: string;
  readonly originalRecipient?: string;
  /** Lower-cased: failed, delayed, delivered, relayed or expanded. */
  readonly action?: string;
  /** Enhanced status code, e.g. `5.1.1`. */
  readonly status?: string;
  readonly diagnosticCode?: string;
}

/** What a recipient block says happened to the message. */
export const RecipientOutcome = {
  failed: "failed",
  delayed: "delayed",
  delivered: "delivered",
} as const;
export type RecipientOutcome = (typeof RecipientOutcome)[keyof typeof RecipientOutcome];

const STATUS_CODE = /\b([245])\.(\d{1,3})\.(\d{1,3})\b/;
const ADDRESS = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+\.[a-z0-9-]{2,}/i;

/** The enhanced status code inside `text`, e.g. "smtp; 550 5.1.1 unknown" gives `5.1.1`. */
export function findStatusCode(text: string): string | undefined {
  const match = STATUS_CODE.exec(text);
  return match === null ? undefined : `${match[1]}.${match[2]}.${match[3]}`;
}

/** The bare lower-cased address of an address-type field, e.g. "rfc822; <A@b.com>" gives `a@b.com`. */
export function readAddressField(value: string): string | undefined {
  const afterType = value.includes(";") ? value.slice(value.indexOf(";") + 1) : value;
  const match = ADDRESS.exec(afterType);
  return match === null ? undefined : match[0].replace(/\.$/, "").toLowerCase();
}

function unfoldFields(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  let lastName: string | undefined;
  for (const line of block.split("\n")) {
    const continuation = /^[ \t]+\S/.test(line);
    const field = /^([A-Za-z][A-Za-z0-9-]*)\s*:\s*(.*)$/.exec(line);
    if (continuation && lastName !== undefined) {
      fields.set(lastName, `${fields.get(lastName) ?? ""} ${line.trim()}`);
    } else if (field?.[1] !== undefined) {
      lastName = field[1].toLowerCase();
      // The first occurrence wins: some MTAs repeat Status in an X- comment line further down.
      if (!fields.has(lastName)) fields.set(lastName, (field[2] ?? "").trim());
    }
  }
  return fields;
}

function toRecipient(fields: Map<string, string>): DeliveryStatusRecipient | undefined {
  const finalRecipient = readAddressField(fields.get("final-recipient") ?? "");
  const originalRecipient = readAddressField(fields.get("original-recipient") ?? "");
  const action = fields.get("action")?.toLowerCase().split(/[\s(]/)[0];
  const status = findStatusCode(fields.get("status") ?? "");
  const diagnosticCode = fields.get("diagnostic-code")?.replace(/\s+/g, " ").trim();
  const isRecipientBlock = finalRecipient !== undefined || originalRecipient !== undefined;
  if (!isRecipientBlock) return undefined;
  return {
    ...(finalRecipient === undefined ? {} : { finalRecipient }),
    ...(originalRecipient === undefined ? {} : { originalRecipient }),
    ...(action === undefined || action === "" ? {} : { action }),
    ...(status === undefined ? {} : { status }),
    ...(diagnosticCode === undefined || diagnosticCode === "" ? {} : { diagnosticCode }),
  };
}

/**
 * Reads the per-recipient blocks of delivery-status text, e.g.
 * "Final-Recipient: rfc822; a@b.com\nAction: failed\nStatus: 5.1.1" gives
 * `[{ finalRecipient: "a@b.com", action: "failed", status: "5.1.1" }]`.
 */
export function parseDeliveryStatus(text: string): DeliveryStatusRecipient[] {
  const blocks = text.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/);
  return blocks
    .map((block) => toRecipient(unfoldFields(block)))
    .filter((recipient): recipient is DeliveryStatusRecipient => recipient !== undefined);
}

/** Failed, delayed or delivered, from Action first and the status class second. */
export function readRecipientOutcome(recipient: DeliveryStatusRecipient): RecipientOutcome {
  const { action, status } = recipient;
  if (action === "failed") return RecipientOutcome.failed;
  if (action === "delayed") return RecipientOutcome.delayed;
  if (action === "delivered" || action === "relayed" || action === "expanded") {
    return RecipientOutcome.delivered;
  }
  if (status?.startsWith("2")) return RecipientOutcome.delivered;
  if (status?.startsWith("4")) return RecipientOutcome.delayed;
  return RecipientOutcome.failed;
}

/** 4.x.x (or a delayed Action) is soft, everything else that failed is hard. */
export function readSeverity(
  status: string | undefined,
  outcome: RecipientOutcome,
): BounceSeverity {
  const isTransient = outcome === RecipientOutcome.delayed || status?.startsWith("4") === true;
  return isTransient ? BounceSeverity.soft : BounceSeverity.hard;
}
