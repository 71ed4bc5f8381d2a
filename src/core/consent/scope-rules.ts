// The least-privileged delegated (work) scope for each Graph operation Tempo performs; a test checks it against Graph's permissions map.
import type { GraphScope } from "./graph-scopes";

export interface ScopeRule {
  /** Least-privileged scope for the path and method. */
  readonly scope: GraphScope;
  /** The scope needed when the call reads body or extended properties, if different. */
  readonly scopeWhenReadingBody?: GraphScope;
}

/**
 * Keyed by `describeOperation` ("METHOD normalized-path"). To add an operation: look up the path in
 * /work/shared/oracles/graph/permissions/permissions.json (recipe in its README §3), take the scope
 * whose value says `least=` with DelegatedWork, and run `scope-rules.test.ts`.
 */
export const scopeRules: Readonly<Record<string, ScopeRule>> = {
  "GET /me": { scope: "User.Read" },
  "POST /me/sendmail": { scope: "Mail.Send" },
  "POST /me/messages": { scope: "Mail.ReadWrite" },
  "PATCH /me/messages/{id}": { scope: "Mail.ReadWrite" },
  "DELETE /me/messages/{id}": { scope: "Mail.ReadWrite" },
  "POST /me/messages/{id}/send": { scope: "Mail.Send" },
  "GET /me/messages/{id}": { scope: "Mail.Read" },
  "GET /me/messages": { scope: "Mail.ReadBasic", scopeWhenReadingBody: "Mail.Read" },
  "GET /me/mailfolders/{id}/messages": {
    scope: "Mail.ReadBasic",
    scopeWhenReadingBody: "Mail.Read",
  },
  "GET /me/mailfolders/{id}/messages/delta": {
    scope: "Mail.ReadBasic",
    scopeWhenReadingBody: "Mail.Read",
  },
  "POST /me/calendar/getschedule": { scope: "Calendars.ReadBasic" },
  "GET /me/calendar/calendarview": {
    scope: "Calendars.ReadBasic",
    scopeWhenReadingBody: "Calendars.Read",
  },
  "POST /me/events": { scope: "Calendars.ReadWrite" },
  "GET /me/events": { scope: "Calendars.ReadBasic", scopeWhenReadingBody: "Calendars.Read" },
  "DELETE /me/events/{id}": { scope: "Calendars.ReadWrite" },
  "GET /me/calendars": { scope: "Calendars.ReadBasic" },
  "GET /me/mailboxsettings": { scope: "MailboxSettings.Read" },
};
