// Builds the Entra ID application object (Microsoft Graph `application` shape) an admin creates for Tempo, and the az commands that create it.
import {
  delegatedPermissionIds,
  microsoftGraphAppId,
  type DelegatedPermission,
} from "./graph-permission-ids";
import type { DeploymentOrigin } from "./deployment-inputs";

/** Where MSAL's Office-dialog fallback and the admin-consent link return to (src/app/composition-root.ts). */
export const authRedirectPath = "/auth-dialog.html";

export interface ResourceAccess {
  readonly id: string;
  /** "Scope" is a delegated permission; Tempo has no application permissions. */
  readonly type: "Scope";
}

/** The body of `POST https://graph.microsoft.com/v1.0/applications`. */
export interface AppRegistration {
  readonly displayName: string;
  /** Any work or school tenant; personal accounts cannot use nested app authentication. */
  readonly signInAudience: "AzureADMultipleOrgs";
  readonly spa: { readonly redirectUris: readonly string[] };
  readonly requiredResourceAccess: readonly {
    readonly resourceAppId: string;
    readonly resourceAccess: readonly ResourceAccess[];
  }[];
}

export interface AppRegistrationOptions {
  readonly deployment: DeploymentOrigin;
  readonly displayName: string;
  readonly scopes: readonly DelegatedPermission[];
}

/**
 * The SPA redirect URIs: `brk-multihub://<host>` lets Outlook broker tokens (nested app authentication;
 * origin only, never a path), and the auth-dialog page serves both the Office-dialog sign-in fallback
 * and the admin-consent landing page.
 * e.g. "https://addin.contoso.com" gives ["brk-multihub://addin.contoso.com", "https://addin.contoso.com/auth-dialog.html"]
 */
export function listSpaRedirectUris(deployment: DeploymentOrigin): string[] {
  return [`brk-multihub://${deployment.host}`, `${deployment.origin}${authRedirectPath}`];
}

export function buildAppRegistration(options: AppRegistrationOptions): AppRegistration {
  const resourceAccess = [...new Set(options.scopes)].map(
    (scope): ResourceAccess => ({ id: delegatedPermissionIds[scope], type: "Scope" }),
  );
  return {
    displayName: options.displayName,
    signInAudience: "AzureADMultipleOrgs",
    spa: { redirectUris: listSpaRedirectUris(options.deployment) },
    requiredResourceAccess: [{ resourceAppId: microsoftGraphAppId, resourceAccess }],
  };
}

/** One step of the creation script: what it does, and the command. */
export interface SetupStep {
  readonly purpose: string;
  readonly command: string;
}

/**
 * The Azure CLI steps, `<appId>` standing for the ID the first one prints. `az ad app create` has no
 * SPA redirect option, so the whole object is POSTed to Graph with `az rest` instead.
 */
export function listAppRegistrationSteps(options: {
  readonly deployment: DeploymentOrigin;
  readonly appFile: string;
}): SetupStep[] {
  const { origin, host } = options.deployment;
  return [
    {
      purpose: "Create the registration (prints its Application (client) ID)",
      command: `az rest --method POST --uri https://graph.microsoft.com/v1.0/applications --headers Content-Type=application/json --body @${options.appFile} --query appId --output tsv`,
    },
    {
      purpose:
        "Name it in the manifest's WebApplicationInfo form (optional for nested app authentication)",
      command: `az ad app update --id <appId> --identifier-uris api://${host}/<appId>`,
    },
    {
      purpose: "Create its service principal in your tenant",
      command: "az ad sp create --id <appId>",
    },
    {
      purpose: "Grant tenant-wide admin consent (or open the URL `tempo consent-url` prints)",
      command: "az ad app permission admin-consent --id <appId>",
    },
    {
      purpose: "After npm run build, generate the production manifest for this registration",
      command: `npm run tempo -- manifest --base-url ${origin} --client-id <appId> --out dist`,
    },
  ];
}
