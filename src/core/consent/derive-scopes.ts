// Derives the scopes to request from the operations each feature performs: least privilege per call, then the fewest scopes.
import { describeOperation, type GraphOperation } from "./graph-operation";
import { doesScopeCover, GraphScope } from "./graph-scopes";
import { scopeRules } from "./scope-rules";
import { features, type Feature } from "./features";

/**
 * The least-privileged scope for one call, raised when it reads body or extended properties.
 * e.g. `GET /me/mailFolders/{id}/messages/delta` gives "Mail.ReadBasic", or "Mail.Read" when it reads bodies.
 * Throws for an operation without a rule: a new call needs a reviewed rule, not a guess.
 */
export function deriveOperationScope(operation: GraphOperation): GraphScope {
  const key = describeOperation(operation);
  const rule = scopeRules[key];
  if (rule === undefined) {
    throw new RangeError(`No permission rule for ${key}; add it to scope-rules.ts`);
  }
  const needsBodyScope = operation.readsBodyOrExtendedProperties === true;
  return needsBodyScope ? (rule.scopeWhenReadingBody ?? rule.scope) : rule.scope;
}

/** Drops every scope another one in the list already covers, keeping catalogue order. */
export function collapseScopes(scopes: readonly GraphScope[]): GraphScope[] {
  const unique = [...new Set(scopes)];
  const isCoveredByAnother = (scope: GraphScope) =>
    unique.some((other) => other !== scope && doesScopeCover(other, scope));
  const kept = new Set(unique.filter((scope) => !isCoveredByAnother(scope)));
  return Object.values(GraphScope).filter((scope) => kept.has(scope));
}

/**
 * The scopes one feature asks for the first time it is used.
 * e.g. "availability" gives ["Calendars.ReadBasic", "MailboxSettings.Read"].
 */
export function deriveFeatureScopes(feature: Feature): GraphScope[] {
  return collapseScopes(features[feature].operations.map(deriveOperationScope));
}

/**
 * Every scope some feature asks for, in catalogue order: what the Permissions view lists and the
 * tenant-wide admin consent must cover. Not collapsed across features, because each feature asks
 * for exactly its own scopes and a covered-but-unlisted one would prompt users again.
 */
export function deriveAllScopes(): GraphScope[] {
  const allFeatures = Object.keys(features) as Feature[];
  const requested = new Set(allFeatures.flatMap(deriveFeatureScopes));
  return Object.values(GraphScope).filter((scope) => requested.has(scope));
}

/** Which features use a scope (directly, or through a scope that covers it), for the Permissions view. */
export function listFeaturesUsingScope(scope: GraphScope): Feature[] {
  const allFeatures = Object.keys(features) as Feature[];
  return allFeatures.filter((feature) => deriveFeatureScopes(feature).includes(scope));
}
