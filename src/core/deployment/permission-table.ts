// The Markdown permissions table of docs/admin.md, generated from src/core/consent so the page cannot drift from the code.
import { listPermissionRows } from "../consent/permission-rows";

const escapeCell = (text: string) => text.replace(/\|/g, "\\|");

/**
 * One row per Graph scope Tempo may ask for: name, what it allows, the features that use it, and whether
 * a work or school tenant needs an admin to consent.
 * e.g. "| `Mail.Send` | Send the emails you ask Tempo to send or schedule, as you. | Tracked email | No |"
 */
export function formatPermissionTable(): string {
  const rows = listPermissionRows([]).map((row) =>
    [
      `\`${row.scope}\``,
      escapeCell(row.plainLanguage),
      escapeCell(row.featureLabels.join(", ")),
      row.requiresAdminConsent ? "**Yes**" : "No",
    ].join(" | "),
  );
  return [
    "| Permission (delegated) | What it lets Tempo do | Used by | Admin consent required |",
    "| --- | --- | --- | --- |",
    ...rows.map((row) => `| ${row} |`),
  ].join("\n");
}
