// What the Permissions view lists: each requested scope, why, which features use it, and whether it is granted now.
import { deriveAllScopes, listFeaturesUsingScope } from "./derive-scopes";
import { features } from "./features";
import { doesScopeCover, scopeDescriptions, toGraphScope, type GraphScope } from "./graph-scopes";

export interface PermissionRow {
  readonly scope: GraphScope;
  readonly plainLanguage: string;
  readonly featureLabels: readonly string[];
  readonly requiresAdminConsent: boolean;
  /** Granted when the token's `scp` holds the scope or one that covers it. */
  readonly isGranted: boolean;
}

/**
 * One row per scope Tempo may ask for; `grantedScopes` comes from the access token's `scp`.
 * e.g. granted ["User.Read"] gives the User.Read row granted and every other row not granted.
 */
export function listPermissionRows(grantedScopes: readonly string[]): PermissionRow[] {
  const granted = grantedScopes
    .map(toGraphScope)
    .filter((scope): scope is GraphScope => scope !== undefined);
  return deriveAllScopes().map((scope) => ({
    scope,
    plainLanguage: scopeDescriptions[scope].plainLanguage,
    featureLabels: listFeaturesUsingScope(scope).map((feature) => features[feature].label),
    requiresAdminConsent: scopeDescriptions[scope].requiresAdminConsent,
    isGranted: granted.some((held) => doesScopeCover(held, scope)),
  }));
}

/** Splits an `scp` claim ("User.Read Mail.Send") into names; a missing claim gives none. */
export function parseScopeClaim(scp: string | undefined): string[] {
  return (scp ?? "").split(" ").filter((name) => name !== "");
}
