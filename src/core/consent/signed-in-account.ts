// Who is signed in to Tempo, as the panes show it; no tokens.

export interface SignedInAccount {
  /** MSAL's `oid.tid`. */
  readonly homeAccountId: string;
  /** The sign-in name, e.g. "alex.wilber@contoso.com". */
  readonly username: string;
  readonly displayName: string;
  /** The directory (tenant) id; admin consent is asked there. */
  readonly tenantId: string;
}

/** How the pane gets tokens: through Outlook (nested app auth) or its own Office dialog. */
export const AuthMode = { nested: "nested", dialog: "dialog" } as const;
export type AuthMode = (typeof AuthMode)[keyof typeof AuthMode];
