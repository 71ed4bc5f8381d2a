// Loads the Kiota-derived URI templates (`/users/{user-id}/…`) and keys them by a normalised path.
import { readFileSync } from "node:fs";

export interface UriTemplateEntry {
  path: string;
  requiredQuery: string[];
  optionalQuery: string[];
  /** HTTP method → body description (`requestBodyProperties` for actions). */
  methods: Record<string, { requestBodyProperties?: string[]; requestBodyModel?: string }>;
}

/**
 * Normalises a Graph path for template look-up: lower case, `/me` as `/users/{id}`, every key as `{id}`,
 * functions without `()`. e.g. `/me/mailFolders/{id}/messages/delta` → `/users/{id}/mailfolders/{id}/messages/delta`.
 */
export function toUriTemplateKey(path: string): string {
  return path
    .replace(/^\/me(?=\/|$)/i, "/users/{id}")
    .replace(/\{[^}]*\}/g, "{id}")
    .replace(/\([^)]*\)/g, "")
    .toLowerCase();
}

export function loadUriTemplates(filePath: string): Map<string, UriTemplateEntry> {
  const parsed = JSON.parse(readFileSync(filePath, "utf8")) as { entries: UriTemplateEntry[] };
  return new Map(parsed.entries.map((entry) => [toUriTemplateKey(entry.path), entry]));
}
