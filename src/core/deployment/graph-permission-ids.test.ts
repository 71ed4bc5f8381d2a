// Checks every permission ID in graph-permission-ids.ts against Microsoft Graph's own permission data in the shared oracles.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GraphScope } from "../consent/graph-scopes";
import { delegatedPermissionIds, isDelegatedPermission } from "./graph-permission-ids";

const permissionsDir = join(
  process.env.TEMPO_SHARED_DIR ?? join(__dirname, "../../../../shared"),
  "oracles/graph/permissions",
);

interface Deployment {
  id: string;
  scheme: string;
  environment: string;
}
const provisioning = JSON.parse(
  readFileSync(join(permissionsDir, "provisioningInfo.json"), "utf8"),
) as {
  permissionDeployments: Record<string, Deployment[]>;
};
const descriptions = JSON.parse(
  readFileSync(join(permissionsDir, "permissions-descriptions.json"), "utf8"),
) as {
  delegatedScopesList: { id: string; value: string }[];
};

const delegatedWorkId = (scope: string) =>
  provisioning.permissionDeployments[scope]?.find(
    (entry) => entry.scheme === "DelegatedWork" && entry.environment === "public",
  )?.id;
const describedId = (scope: string) =>
  descriptions.delegatedScopesList.find((entry) => entry.value === scope)?.id;

describe("delegatedPermissionIds", () => {
  it.each(Object.entries(delegatedPermissionIds))("%s has Graph's delegated ID %s", (scope, id) => {
    expect(describedId(scope)).toBe(id);
  });

  // OIDC scopes are not provisioned per scheme, so provisioningInfo has no row for them.
  const graphScopes = Object.keys(delegatedPermissionIds).filter(
    (scope) => !["openid", "profile", "offline_access", "email"].includes(scope),
  );
  it.each(graphScopes)("%s matches provisioningInfo's public DelegatedWork deployment", (scope) => {
    expect(delegatedWorkId(scope)).toBe(
      delegatedPermissionIds[scope as keyof typeof delegatedPermissionIds],
    );
  });

  it("has an ID for every scope src/core/consent may ask for", () => {
    expect(
      Object.values(GraphScope).filter((scope) => !isDelegatedPermission(scope)),
    ).toStrictEqual([]);
  });
});
