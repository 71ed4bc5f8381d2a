// The delegated Graph scopes Tempo may ask for, what each means to a user, and which broader scope covers which.

export const GraphScope = {
  userRead: "User.Read",
  mailReadBasic: "Mail.ReadBasic",
  mailRead: "Mail.Read",
  mailReadWrite: "Mail.ReadWrite",
  mailSend: "Mail.Send",
  calendarsReadBasic: "Calendars.ReadBasic",
  calendarsRead: "Calendars.Read",
  calendarsReadWrite: "Calendars.ReadWrite",
  mailboxSettingsRead: "MailboxSettings.Read",
} as const;
export type GraphScope = (typeof GraphScope)[keyof typeof GraphScope];

/** Sign-in scopes MSAL adds by itself; never listed as Graph permissions. */
export const oidcScopes: readonly string[] = ["openid", "profile", "offline_access", "email"];

export interface ScopeDescription {
  /** What it lets Tempo do, in the user's words. */
  readonly plainLanguage: string;
  /** A work or school tenant needs an admin to consent (checked against the oracle in tests). */
  readonly requiresAdminConsent: boolean;
}

export const scopeDescriptions: Readonly<Record<GraphScope, ScopeDescription>> = {
  "User.Read": {
    plainLanguage: "Sign you in and read your name and email address.",
    requiresAdminConsent: false,
  },
  "Mail.ReadBasic": {
    plainLanguage: "See who sent your messages and their subjects, but not what they say.",
    requiresAdminConsent: false,
  },
  "Mail.Read": {
    plainLanguage:
      "Read a prospect's reply and the times you offered in your sent email, to book the meeting they chose.",
    requiresAdminConsent: false,
  },
  "Mail.ReadWrite": {
    plainLanguage:
      "Read replies to your tracked emails (to tell real replies from auto-replies and bounces), keep each email's tracking state on it, create and schedule drafts, and flag them for follow-up.",
    requiresAdminConsent: false,
  },
  "Mail.Send": {
    plainLanguage: "Send the emails you ask Tempo to send or schedule, as you.",
    requiresAdminConsent: false,
  },
  "Calendars.ReadBasic": {
    plainLanguage:
      "See when you and the people you invite are free or busy, without event details.",
    requiresAdminConsent: true,
  },
  "Calendars.Read": {
    plainLanguage: "Read your calendar events.",
    requiresAdminConsent: false,
  },
  "Calendars.ReadWrite": {
    plainLanguage: "Add the meetings you book with Tempo to your calendar.",
    requiresAdminConsent: false,
  },
  "MailboxSettings.Read": {
    plainLanguage: "Read your time zone and working hours to suggest meeting times.",
    requiresAdminConsent: false,
  },
};

/** Each scope and the narrower scopes it already grants, e.g. Mail.ReadWrite covers Mail.Read. */
const narrowerScopes: Readonly<Record<GraphScope, readonly GraphScope[]>> = {
  "User.Read": [],
  "Mail.ReadBasic": [],
  "Mail.Read": ["Mail.ReadBasic"],
  "Mail.ReadWrite": ["Mail.Read", "Mail.ReadBasic"],
  "Mail.Send": [],
  "Calendars.ReadBasic": [],
  "Calendars.Read": ["Calendars.ReadBasic"],
  "Calendars.ReadWrite": ["Calendars.Read", "Calendars.ReadBasic"],
  "MailboxSettings.Read": [],
};

/** Whether holding `broader` already grants `narrower`, e.g. ("Mail.ReadWrite", "Mail.ReadBasic") gives true. */
export function doesScopeCover(broader: GraphScope, narrower: GraphScope): boolean {
  return broader === narrower || narrowerScopes[broader].includes(narrower);
}

/** The catalogue's spelling of a scope name, case-insensitively; e.g. "mail.read" gives "Mail.Read". */
export function toGraphScope(value: string): GraphScope | undefined {
  return Object.values(GraphScope).find((scope) => scope.toLowerCase() === value.toLowerCase());
}
