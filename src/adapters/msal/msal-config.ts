// MSAL configuration from build-time settings: authority, client id and redirect page; tokens kept where MSAL keeps them for SPAs.
import type { Configuration } from "@azure/msal-browser";

export interface MsalSettings {
  readonly clientId: string;
  /** e.g. "https://login.microsoftonline.com/common", or the workbench's "https://localhost:8443/<tenant>". */
  readonly authority: string;
  /** The bundle's auth-dialog.html on the pane's origin; also the redirect bridge. */
  readonly redirectUri: string;
}

/**
 * localStorage (MSAL-encrypted) rather than sessionStorage: a session store is per window, so the
 * dialog's sign-in would never reach the pane and every Outlook restart would sign the user out.
 * See docs/architecture.md "Sign-in".
 */
export function buildMsalConfiguration(settings: MsalSettings): Configuration {
  const authorityUrl = new URL(settings.authority);
  // Any authority outside Entra's cloud skips instance discovery (AUTH-LOCAL option A).
  const isEntraCloud = authorityUrl.hostname === "login.microsoftonline.com";
  return {
    auth: {
      clientId: settings.clientId,
      authority: settings.authority,
      redirectUri: settings.redirectUri,
      ...(isEntraCloud ? {} : { knownAuthorities: [authorityUrl.host] }),
    },
    cache: { cacheLocation: "localStorage" },
  };
}

/** The tenant segment of an authority, e.g. ".../378087a5-…" gives "378087a5-…"; "common" gives undefined. */
export function readAuthorityTenant(authority: string): string | undefined {
  const segment = new URL(authority).pathname.split("/").filter((part) => part !== "")[0];
  const isGeneric =
    segment === undefined || ["common", "organizations", "consumers"].includes(segment);
  return isGeneric ? undefined : segment;
}
