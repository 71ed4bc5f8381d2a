// Builds the Entra ID v2.0 tenant-wide admin-consent link an admin opens to approve Tempo's scopes for everyone.

export interface AdminConsentUrlOptions {
  /** e.g. "https://login.microsoftonline.com"; the workbench passes its local provider's origin. */
  readonly authorityOrigin: string;
  /** The tenant id (GUID) of the signed-in user, or a verified domain. */
  readonly tenant: string;
  readonly clientId: string;
  /** Short Graph names, e.g. ["User.Read", "Mail.Send"]; sent fully qualified. */
  readonly scopes: readonly string[];
  /** A registered SPA redirect URI the admin lands on afterwards. */
  readonly redirectUri: string;
}

const graphResource = "https://graph.microsoft.com/";

/**
 * e.g. tenant "contoso.onmicrosoft.com", scopes ["User.Read", "Mail.Send"] gives
 * `https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/adminconsent?client_id=…&scope=https%3A%2F%2Fgraph.microsoft.com%2FUser.Read%20https%3A%2F%2Fgraph.microsoft.com%2FMail.Send&redirect_uri=…`
 */
export function buildAdminConsentUrl(options: AdminConsentUrlOptions): string {
  const scope = options.scopes.map((name) => `${graphResource}${name}`).join(" ");
  const query = [
    ["client_id", options.clientId],
    ["scope", scope],
    ["redirect_uri", options.redirectUri],
  ]
    .map(([name = "", value = ""]) => `${name}=${encodeURIComponent(value)}`)
    .join("&");
  const origin = options.authorityOrigin.replace(/\/+$/, "");
  return `${origin}/${encodeURIComponent(options.tenant)}/v2.0/adminconsent?${query}`;
}
