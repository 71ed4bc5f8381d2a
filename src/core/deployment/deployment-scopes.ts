// The scopes a production deployment declares: sign-in scopes plus every Graph scope some feature asks for.
import { deriveAllScopes } from "../consent/derive-scopes";
import type { DelegatedPermission } from "./graph-permission-ids";

/** MSAL asks for these at sign-in; `email` is left out because Tempo reads the address from User.Read. */
const signInScopes = ["openid", "profile", "offline_access"] as const;

/**
 * The manifest's WebApplicationInfo scopes, the registration's requiredResourceAccess and the admin
 * consent all list exactly these, derived from src/core/consent so they cannot drift apart.
 * e.g. ["openid", "profile", "offline_access", "User.Read", "Mail.Read", …]
 */
export function listDeploymentScopes(): DelegatedPermission[] {
  return [...signInScopes, ...deriveAllScopes()];
}
