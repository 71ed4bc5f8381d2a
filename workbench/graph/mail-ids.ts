// Mints opaque Exchange-looking ids: default (REST) ids, immutable ids, folder and event ids, conversation ids.
import { randomBytes } from "node:crypto";

const prefixes = {
  rest: "AAMkAGRmZTQ5",
  immutable: "AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A",
  folder: "AAMkAGRmZTQ5LgAAAAAA",
  event: "AAMkAGRmZTQ5RgAAAA",
  conversation: "AAQkAGRmZTQ5QAAQ",
} as const;

export type IdKind = keyof typeof prefixes;

/** e.g. mintId("immutable") → "AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A…AAA=" (base64url-ish, as Graph's ids look). */
export function mintId(kind: IdKind): string {
  return `${prefixes[kind]}${randomBytes(24).toString("base64url")}AAA=`;
}

/** Graph answers 400 ErrorInvalidIdMalformed for text that cannot be an id at all, 404 for a well-formed unknown id. */
export function isWellFormedId(id: string): boolean {
  return /^AA[A-Za-z0-9_-]{20,}=*$/.test(id);
}

/** Exchange message ids embed a conversation index: 22 bytes, base64. */
export function mintConversationIndex(): string {
  return randomBytes(22).toString("base64");
}

export function mintInternetMessageId(): string {
  return `<${randomBytes(12).toString("hex").toUpperCase()}@MW4PR11MB5872.namprd11.prod.outlook.com>`;
}
