// Incremental consent: a feature asks for its own scopes, and only the first time it is used.
import { deriveFeatureScopes } from "../core/consent/derive-scopes";
import type { Feature } from "../core/consent/features";
import type { TokenProvider } from "../ports/token-provider";

/**
 * Gets a token carrying exactly the feature's scopes; the provider prompts only if they are not yet
 * consented. e.g. the first "Share availability" asks for Calendars.ReadBasic and MailboxSettings.Read.
 */
export function requestFeatureAccess(tokens: TokenProvider, feature: Feature): Promise<string> {
  return tokens.getAccessToken({ scopes: deriveFeatureScopes(feature) });
}
