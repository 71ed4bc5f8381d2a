// The compose item the host owns: applying the pane's edits with Outlook's limits, and the Graph message it sends.
import { textToHtml } from "../html-to-text";
import {
  OfficeCallError,
  officeErrors,
  type ComposeItemSnapshot,
  type ComposeOp,
  type Person,
} from "../protocol";
import type { Message, Recipient } from "@microsoft/microsoft-graph-types";

export const composeLimits = { subjectLength: 255, bodyLength: 1_000_000 } as const;

/** PidTagDeferredSendTime, the property Outlook sets for "send later". */
export const deferredSendTimeProperty = "SystemTime 0x3FEF";

export function createEmptyCompose(): ComposeItemSnapshot {
  return {
    kind: "compose",
    itemId: null,
    subject: "",
    to: [],
    cc: [],
    bcc: [],
    bodyHtml: "",
    conversationId: null,
    internetHeaders: {},
    delayDeliveryIso: null,
    customProperties: {},
    sessionData: {},
  };
}

function failTooLong(what: string): never {
  const { code, name } = officeErrors.dataExceedsMaximumSize;
  throw new OfficeCallError(code, name, `The ${what} exceeds the maximum size.`);
}

function toHtml(data: string, coercion: "text" | "html"): string {
  return coercion === "html" ? data : textToHtml(data);
}

function withBody(state: ComposeItemSnapshot, bodyHtml: string): ComposeItemSnapshot {
  if (bodyHtml.length > composeLimits.bodyLength) failTooLong("body");
  return { ...state, bodyHtml };
}

/**
 * Applies one edit, or throws OfficeCallError as Outlook reports it.
 * Insertion at the cursor appends: the workbench's plain-text form has no HTML caret to map.
 */
export function applyComposeOp(state: ComposeItemSnapshot, op: ComposeOp): ComposeItemSnapshot {
  switch (op.op) {
    case "setSubject":
      if (op.subject.length > composeLimits.subjectLength) failTooLong("subject");
      return { ...state, subject: op.subject };
    case "setRecipients":
      return { ...state, [op.field]: op.recipients };
    case "addRecipients":
      return { ...state, [op.field]: [...state[op.field], ...op.recipients] };
    case "setBody":
      return withBody(state, toHtml(op.data, op.coercion));
    case "prependBody":
      return withBody(state, toHtml(op.data, op.coercion) + state.bodyHtml);
    case "insertBody":
      return withBody(state, state.bodyHtml + toHtml(op.data, op.coercion));
    case "setHeaders":
      return { ...state, internetHeaders: { ...state.internetHeaders, ...op.headers } };
    case "removeHeaders": {
      const isRemoved = (name: string) =>
        op.names.some((removed) => removed.toLowerCase() === name.toLowerCase());
      const kept = Object.entries(state.internetHeaders).filter(([name]) => !isRemoved(name));
      return { ...state, internetHeaders: Object.fromEntries(kept) };
    }
    case "setDelay": {
      const isValid = op.iso === null || !Number.isNaN(Date.parse(op.iso));
      if (!isValid) {
        const { code, name } = officeErrors.invalidFormat;
        throw new OfficeCallError(code, name, "The date is not valid.");
      }
      return { ...state, delayDeliveryIso: op.iso };
    }
    case "setSessionData":
      return { ...state, sessionData: { ...state.sessionData, [op.name]: op.value } };
    case "removeSessionData": {
      const kept = Object.entries(state.sessionData).filter(([name]) => name !== op.name);
      return { ...state, sessionData: Object.fromEntries(kept) };
    }
    case "clearSessionData":
      return { ...state, sessionData: {} };
  }
}

function toRecipient(person: Person): Recipient {
  return { emailAddress: { name: person.displayName, address: person.emailAddress } };
}

/** The Graph message Exchange would store for this compose item (custom properties travel separately). */
export function toGraphMessage(state: ComposeItemSnapshot): Message {
  const headers = Object.entries(state.internetHeaders).map(([name, value]) => ({ name, value }));
  const message: Message = {
    subject: state.subject,
    body: { contentType: "html", content: state.bodyHtml },
    toRecipients: state.to.map(toRecipient),
    ccRecipients: state.cc.map(toRecipient),
    bccRecipients: state.bcc.map(toRecipient),
  };
  if (headers.length > 0) message.internetMessageHeaders = headers;
  if (state.delayDeliveryIso !== null) {
    message.singleValueExtendedProperties = [
      { id: deferredSendTimeProperty, value: state.delayDeliveryIso },
    ];
  }
  return message;
}

/** Reads "Ann <ann@x.com>; bob@y.com" as typed in the compose form. */
export function parseAddressLine(line: string): Person[] {
  return line
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const match = /^(.*)<([^>]+)>$/.exec(part);
      const emailAddress = (match?.[2] ?? part).trim();
      const displayName = (match?.[1] ?? "").trim().replace(/^"|"$/g, "") || emailAddress;
      return { displayName, emailAddress };
    });
}

export function formatAddressLine(people: Person[]): string {
  return people
    .map((person) =>
      person.displayName === person.emailAddress
        ? person.emailAddress
        : `${person.displayName} <${person.emailAddress}>`,
    )
    .join("; ");
}
