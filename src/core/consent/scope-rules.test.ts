// Checks every scope Tempo derives against Graph's permissions map (the oracle, README §3 recipe).
// To add a case: add the operation to features.ts and its rule to scope-rules.ts; this test then checks it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { deriveOperationScope } from "./derive-scopes";
import { describeOperation, type GraphOperation } from "./graph-operation";
import { doesScopeCover, scopeDescriptions, toGraphScope, type GraphScope } from "./graph-scopes";
import { features } from "./features";
import { scopeRules } from "./scope-rules";

interface PathSet {
  schemeKeys: string[];
  methods: string[];
  paths: Record<string, string>;
}
interface PermissionEntry {
  schemes?: { DelegatedWork?: { requiresAdminConsent?: boolean } };
  pathSets?: PathSet[];
}

const sharedDir = process.env.TEMPO_SHARED_DIR ?? path.resolve(__dirname, "../../../../shared");
const oracle = JSON.parse(
  readFileSync(path.join(sharedDir, "oracles/graph/permissions/permissions.json"), "utf8"),
) as { permissions: Record<string, PermissionEntry> };

/** Scopes that authorize `METHOD path` for DelegatedWork, and which of them the map calls least-privileged. */
function lookUpOracle(key: string): { allowed: Set<string>; least: Set<string> } {
  const [method = "", normalizedPath = ""] = key.split(" ");
  const allowed = new Set<string>();
  const least = new Set<string>();
  for (const [scope, entry] of Object.entries(oracle.permissions)) {
    for (const pathSet of entry.pathSets ?? []) {
      const isDelegatedWork = pathSet.schemeKeys.includes("DelegatedWork");
      if (!isDelegatedWork || !pathSet.methods.includes(method)) continue;
      for (const [oraclePath, value] of Object.entries(pathSet.paths)) {
        if (oraclePath.toLowerCase() !== normalizedPath) continue;
        allowed.add(scope);
        const leastSchemes = /least=([^;]*)/.exec(value)?.[1]?.split(",") ?? [];
        if (leastSchemes.includes("DelegatedWork")) least.add(scope);
      }
    }
  }
  return { allowed, least };
}

const allOperations: GraphOperation[] = Object.values(features).flatMap((f) => f.operations);

describe("scope rules against Graph's permissions map", () => {
  it.each(Object.entries(scopeRules))(
    "%s uses a scope the map calls least-privileged for delegated work accounts",
    (key, rule) => {
      const { allowed, least } = lookUpOracle(key);
      expect(least).toContain(rule.scope);
      // Among the least-privileged scopes, none is narrower than the one chosen.
      const narrower = [...least]
        .map(toGraphScope)
        .filter((scope): scope is GraphScope => scope !== undefined && scope !== rule.scope)
        .filter((scope) => doesScopeCover(rule.scope, scope));
      expect(narrower).toStrictEqual([]);
      if (rule.scopeWhenReadingBody !== undefined) {
        // The *Basic caveat: the body scope must also authorize the path and cover the basic one.
        expect(allowed).toContain(rule.scopeWhenReadingBody);
        expect(doesScopeCover(rule.scopeWhenReadingBody, rule.scope)).toBe(true);
      }
    },
  );

  it.each(allOperations.map((operation) => [describeOperation(operation), operation] as const))(
    "derives an authorizing scope for %s",
    (_key, operation) => {
      const scope = deriveOperationScope(operation);
      const { allowed } = lookUpOracle(describeOperation(operation));
      expect(allowed).toContain(scope);
    },
  );

  it("raises Mail.ReadBasic to Mail.Read when a call reads bodies or extended properties", () => {
    const delta = "/me/mailFolders/{id}/messages/delta";
    expect(deriveOperationScope({ method: "GET", pathTemplate: delta })).toBe("Mail.ReadBasic");
    expect(
      deriveOperationScope({
        method: "GET",
        pathTemplate: delta,
        readsBodyOrExtendedProperties: true,
      }),
    ).toBe("Mail.Read");
  });

  it.each(Object.entries(scopeDescriptions))(
    "%s says whether a work tenant needs admin consent as the map does",
    (scope, description) => {
      const scheme = oracle.permissions[scope]?.schemes?.DelegatedWork;
      expect(scheme).toBeDefined();
      expect(description.requiresAdminConsent).toBe(scheme?.requiresAdminConsent);
    },
  );
});
