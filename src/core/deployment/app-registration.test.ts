// The Entra ID application Tempo asks admins to create: redirect URIs for NAA and the dialog, and exactly Tempo's delegated scopes.
import {
  buildAppRegistration,
  listAppRegistrationSteps,
  listSpaRedirectUris,
} from "./app-registration";
import { listDeploymentScopes } from "./deployment-scopes";
import { delegatedPermissionIds } from "./graph-permission-ids";

const deployment = { origin: "https://addin.contoso.com", host: "addin.contoso.com" };

describe("buildAppRegistration", () => {
  const app = buildAppRegistration({
    deployment,
    displayName: "Tempo",
    scopes: listDeploymentScopes(),
  });

  it("is a multi-tenant SPA whose redirects are the NAA broker URI and the auth dialog page", () => {
    expect(app.signInAudience).toBe("AzureADMultipleOrgs");
    expect(app.spa).toStrictEqual({
      redirectUris: [
        "brk-multihub://addin.contoso.com",
        "https://addin.contoso.com/auth-dialog.html",
      ],
    });
  });

  it("asks Microsoft Graph for exactly the deployment scopes, as delegated permissions", () => {
    expect(app.requiredResourceAccess).toStrictEqual([
      {
        resourceAppId: "00000003-0000-0000-c000-000000000000",
        resourceAccess: listDeploymentScopes().map((scope) => ({
          id: delegatedPermissionIds[scope],
          type: "Scope",
        })),
      },
    ]);
  });

  it("includes the sign-in scopes and User.Read", () => {
    expect(listDeploymentScopes().slice(0, 4)).toStrictEqual([
      "openid",
      "profile",
      "offline_access",
      "User.Read",
    ]);
  });

  it("keeps the port in the broker URI: brk-multihub://addin.contoso.com:8443", () => {
    expect(
      listSpaRedirectUris({
        origin: "https://addin.contoso.com:8443",
        host: "addin.contoso.com:8443",
      })[0],
    ).toBe("brk-multihub://addin.contoso.com:8443");
  });
});

describe("listAppRegistrationSteps", () => {
  it("creates with az rest (az ad app create has no SPA option), then names, consents and builds the manifest", () => {
    const commands = listAppRegistrationSteps({ deployment, appFile: "tempo-app.json" }).map(
      (step) => step.command,
    );
    expect(commands).toStrictEqual([
      "az rest --method POST --uri https://graph.microsoft.com/v1.0/applications --headers Content-Type=application/json --body @tempo-app.json --query appId --output tsv",
      "az ad app update --id <appId> --identifier-uris api://addin.contoso.com/<appId>",
      "az ad sp create --id <appId>",
      "az ad app permission admin-consent --id <appId>",
      "npm run tempo -- manifest --base-url https://addin.contoso.com --client-id <appId> --out dist",
    ]);
  });
});
