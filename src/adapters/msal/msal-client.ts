// The part of MSAL's PublicClientApplication the token flows use, and the two ways to create one.
import type {
  AccountInfo,
  AuthenticationResult,
  Configuration,
  IPublicClientApplication,
} from "@azure/msal-browser";

export type MsalClient = Pick<
  IPublicClientApplication,
  | "acquireTokenSilent"
  | "acquireTokenPopup"
  | "ssoSilent"
  | "getAllAccounts"
  | "getActiveAccount"
  | "setActiveAccount"
  | "clearCache"
>;

export interface MsalClientFactory {
  /** NAA when the host exposes its bridge, else a standard client (MSAL decides). */
  createNestable(configuration: Configuration): Promise<MsalClient>;
  createStandard(configuration: Configuration): Promise<MsalClient>;
}

/** A token as the flows hand it back; the dialog's answer has the same shape. */
export interface TokenResult {
  readonly accessToken: string;
  readonly expiresOnMs: number | null;
  readonly account: AccountInfo | null;
  readonly accountSummary: {
    readonly homeAccountId: string;
    readonly username: string;
    readonly displayName: string;
    readonly tenantId: string;
  };
}

export function toTokenResult(result: AuthenticationResult): TokenResult {
  return {
    accessToken: result.accessToken,
    expiresOnMs: result.expiresOn ? result.expiresOn.getTime() : null,
    account: result.account,
    accountSummary: summarizeAccount(result.account, result.tenantId),
  };
}

export function summarizeAccount(
  account: AccountInfo | null,
  tenantId = "",
): TokenResult["accountSummary"] {
  return {
    homeAccountId: account?.homeAccountId ?? "",
    username: account?.username ?? "",
    displayName: account?.name ?? account?.username ?? "",
    tenantId: account?.tenantId || tenantId,
  };
}
