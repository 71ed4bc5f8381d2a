// Tempo's TokenProvider: nested app auth when Outlook supports it, else the Office-dialog PKCE flow; incremental scopes.
import { buildAdminConsentUrl } from "../../core/consent/admin-consent-url";
import { deriveAllScopes, deriveFeatureScopes } from "../../core/consent/derive-scopes";
import { parseScopeClaim } from "../../core/consent/permission-rows";
import { isAppError } from "../../core/errors/app-error";
import { decodeAccessTokenClaims } from "./decode-access-token";
import { mapMsalError } from "./map-msal-error";
import { createDialogTokenFlow } from "./dialog-token-flow";
import { buildMsalConfiguration, readAuthorityTenant, type MsalSettings } from "./msal-config";
import { createNaaTokenFlow, type NaaTimeouts } from "./naa-token-flow";
import { withTimeout } from "./with-timeout";
import type { AuthMode, SignedInAccount } from "../../core/consent/signed-in-account";
import type { TokenProvider, TokenRequest } from "../../ports/token-provider";
import type { MsalClientFactory, TokenResult } from "./msal-client";
import type { OfficeAuthHost } from "./office-auth-host";
import type { TokenFlow } from "./token-flow";

export interface MsalTokenProviderOptions {
  readonly settings: MsalSettings;
  readonly host: OfficeAuthHost;
  readonly clients: MsalClientFactory;
  /** False where no UI may open (event runtime): interaction-required then rejects. */
  readonly allowInteraction?: boolean;
  readonly timeouts?: Partial<NaaTimeouts & { createMs: number }>;
  readonly nowMs?: () => number;
}

const defaultTimeouts = { silentMs: 15_000, interactiveMs: 5 * 60_000, createMs: 10_000 };

/**
 * Chooses the flow: NAA only when the host reports NestedAppAuth 1.1 and MSAL finds the bridge in time.
 * e.g. Outlook on the web gives "nested"; Outlook 2019 (no NAA) gives "dialog".
 */
export async function selectTokenFlow(options: MsalTokenProviderOptions): Promise<TokenFlow> {
  const timeouts = { ...defaultTimeouts, ...options.timeouts };
  const configuration = buildMsalConfiguration(options.settings);
  const dialogFlow = async () =>
    createDialogTokenFlow({
      client: await options.clients.createStandard(configuration),
      host: options.host,
      dialogUrl: options.settings.redirectUri,
      nowMs: options.nowMs ?? (() => Date.now()),
    });
  if (!options.host.isNestedAppAuthSupported()) return dialogFlow();
  try {
    const hostTimedOut = () => new Error("createNestablePublicClientApplication did not settle");
    const client = await withTimeout(
      options.clients.createNestable(configuration),
      timeouts.createMs,
      hostTimedOut,
    );
    return createNaaTokenFlow(client, timeouts);
  } catch (error) {
    // The host claimed NAA but its bridge never answered: the dialog still works.
    if (error instanceof Error) return dialogFlow();
    throw error;
  }
}

export class MsalTokenProvider implements TokenProvider {
  private readonly options: MsalTokenProviderOptions;
  private flow: Promise<TokenFlow> | undefined;
  private account: SignedInAccount | null = null;
  private readonly accountListeners = new Set<(account: SignedInAccount | null) => void>();
  private readonly grantedScopes = new Set<string>();
  private tenantFromToken: string | undefined;

  constructor(options: MsalTokenProviderOptions) {
    this.options = options;
  }

  /** Port method: silent first; a popup or dialog only when the identity platform asks for the user. */
  async getAccessToken(request: TokenRequest): Promise<string> {
    const result = await this.acquire(request, this.options.allowInteraction ?? true);
    return result.accessToken;
  }

  /** Interactive sign-in with the account feature's scopes (User.Read). */
  async signIn(): Promise<SignedInAccount> {
    await this.acquire({ scopes: deriveFeatureScopes("account") }, true);
    return this.requireAccount();
  }

  /** Quiet sign-in on pane load: the host's or the cache's account, or null when the user must act. */
  async restoreSignIn(): Promise<SignedInAccount | null> {
    try {
      await this.acquire({ scopes: deriveFeatureScopes("account") }, false);
      return this.account;
    } catch (error) {
      const needsUser = isAppError(error) && error.code === "auth_interaction_required";
      if (needsUser) return null;
      throw error;
    }
  }

  async signOut(): Promise<void> {
    const flow = await this.getFlow();
    await flow.signOut();
    this.grantedScopes.clear();
    this.setAccount(null);
  }

  /** Every section of a pane hears about a sign-in or sign-out made by another one. */
  onAccountChanged(listener: (account: SignedInAccount | null) => void): () => void {
    this.accountListeners.add(listener);
    return () => this.accountListeners.delete(listener);
  }

  private setAccount(account: SignedInAccount | null): void {
    const isChanged = this.account?.homeAccountId !== account?.homeAccountId;
    this.account = account;
    if (isChanged) this.accountListeners.forEach((listener) => listener(account));
  }

  getSignedInAccount(): SignedInAccount | null {
    return this.account;
  }

  /** The `scp` of the tokens seen this session: what the user has consented to so far. */
  getGrantedScopes(): string[] {
    return [...this.grantedScopes];
  }

  async getAuthMode(): Promise<AuthMode> {
    return (await this.getFlow()).mode;
  }

  /** The tenant-wide admin-consent link for every scope Tempo may ask for. */
  getAdminConsentUrl(): string {
    const { authority, clientId, redirectUri } = this.options.settings;
    const tenant =
      this.account?.tenantId ||
      this.tenantFromToken ||
      readAuthorityTenant(authority) ||
      "organizations";
    return buildAdminConsentUrl({
      authorityOrigin: new URL(authority).origin,
      tenant,
      clientId,
      scopes: deriveAllScopes(),
      redirectUri,
    });
  }

  private async acquire(request: TokenRequest, allowInteraction: boolean): Promise<TokenResult> {
    const flow = await this.getFlow();
    const loginHint = this.account?.username || (await this.options.host.readLoginHint());
    const result = await flow.acquire({
      scopes: request.scopes,
      ...(request.claims === undefined ? {} : { claims: request.claims }),
      ...(request.forceRefresh === undefined ? {} : { forceRefresh: request.forceRefresh }),
      allowInteraction,
      ...(loginHint === undefined ? {} : { loginHint }),
      adminConsentUrl: this.getAdminConsentUrl(),
    });
    this.remember(result);
    return result;
  }

  private remember(result: TokenResult): void {
    const claims = decodeAccessTokenClaims(result.accessToken);
    parseScopeClaim(claims.scp).forEach((scope) => this.grantedScopes.add(scope));
    this.tenantFromToken = claims.tid ?? this.tenantFromToken;
    const summary = result.accountSummary;
    this.setAccount({
      homeAccountId: summary.homeAccountId,
      username: summary.username,
      displayName: summary.displayName,
      tenantId: summary.tenantId || claims.tid || "",
    });
  }

  private requireAccount(): SignedInAccount {
    if (this.account === null) throw new TypeError("signIn resolved without an account");
    return this.account;
  }

  private getFlow(): Promise<TokenFlow> {
    this.flow ??= selectTokenFlow(this.options).catch((error: unknown) => {
      // Creating MSAL can fail (no crypto, bad configuration); the next call tries again.
      this.flow = undefined;
      throw mapMsalError(error, { phase: "silent" });
    });
    return this.flow;
  }
}
