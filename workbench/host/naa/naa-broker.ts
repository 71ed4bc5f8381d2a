// The host side of nested app auth: answers MSAL's GetInitContext / GetToken / GetTokenPopup with the host's own MSAL client.
import type { AccountInfo, AuthenticationResult } from "@azure/msal-browser";

/** The host's MSAL calls the broker uses; a standard PublicClientApplication, or a fake in tests. */
export interface HostAuthClient {
  acquireTokenSilent(request: {
    scopes: string[];
    account: AccountInfo;
    forceRefresh?: boolean;
    claims?: string;
  }): Promise<AuthenticationResult>;
  acquireTokenPopup(request: {
    scopes: string[];
    loginHint?: string;
    claims?: string;
  }): Promise<AuthenticationResult>;
  getActiveAccount(): AccountInfo | null;
  setActiveAccount(account: AccountInfo | null): void;
  getAllAccounts(): AccountInfo[];
}

interface TokenParams {
  clientId?: string;
  scope?: string;
  claims?: string;
  platformBrokerId?: string;
  forceRefresh?: boolean;
}

interface BridgeRequest {
  messageType?: string;
  method?: string;
  requestId?: string;
  tokenParams?: TokenParams;
}

/** naa/BridgeStatusCode.ts */
type BridgeStatus =
  | "USER_INTERACTION_REQUIRED"
  | "USER_CANCEL"
  | "NO_NETWORK"
  | "PERSISTENT_ERROR"
  | "ACCOUNT_UNAVAILABLE";

export interface NaaBrokerOptions {
  /** The host's MSAL client for an add-in's client id (the workbench knows one). */
  getClient(clientId: string): Promise<HostAuthClient>;
  /** The client whose account GetInitContext reports. */
  defaultClientId: string;
  /** The mailbox owner, as Outlook hints its own sign-in. */
  loginHint: string;
  nowMs: () => number;
}

/**
 * MSAL always sends optional id_token claims (signin_state, login_hint…); only an `access_token`
 * member is a real claims challenge. e.g. `{"id_token":{"login_hint":{…}}}` gives undefined.
 */
export function readClaimsChallenge(claims: string | undefined): string | undefined {
  if (claims === undefined || claims.trim() === "") return undefined;
  try {
    const parsed = JSON.parse(claims) as Record<string, unknown> | null;
    return parsed !== null && typeof parsed === "object" && "access_token" in parsed
      ? claims
      : undefined;
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

function describeError(error: unknown): {
  code: string;
  subError: string;
  description: string;
  name: string;
} {
  const fields = (typeof error === "object" && error !== null ? error : {}) as Record<
    string,
    unknown
  >;
  const text = (key: string) => (typeof fields[key] === "string" ? fields[key] : "");
  return {
    code: text("errorCode") || "unknown_error",
    subError: text("subError"),
    description: text("errorMessage") || (error instanceof Error ? error.message : String(error)),
    name: text("name"),
  };
}

function classify(error: unknown): BridgeStatus {
  const { code, name } = describeError(error);
  if (name === "InteractionRequiredAuthError") return "USER_INTERACTION_REQUIRED";
  if (
    ["interaction_required", "login_required", "consent_required", "no_tokens_found"].includes(code)
  )
    return "USER_INTERACTION_REQUIRED";
  if (code === "user_cancelled") return "USER_CANCEL";
  if (code === "no_network_connectivity") return "NO_NETWORK";
  return "PERSISTENT_ERROR";
}

export function createNaaBroker(options: NaaBrokerOptions) {
  const respond = (requestId: string, body: Record<string, unknown>) =>
    JSON.stringify({ messageType: "NestedAppAuthResponse", requestId, ...body });
  const fail = (requestId: string, status: BridgeStatus, error: unknown) => {
    const { code, subError, description } = describeError(error);
    return respond(requestId, { success: false, error: { status, code, subError, description } });
  };

  const toTokenAnswer = (result: AuthenticationResult) => {
    const account = result.account;
    const expiresInSeconds = result.expiresOn
      ? Math.max(0, Math.floor((result.expiresOn.getTime() - options.nowMs()) / 1000))
      : 0;
    return {
      success: true,
      token: {
        access_token: result.accessToken,
        id_token: result.idToken,
        expires_in: expiresInSeconds,
        scope: result.scopes.join(" "),
        authority: result.authority,
        properties: null,
      },
      account: {
        environment: account.environment,
        homeAccountId: account.homeAccountId,
        tenantId: account.tenantId,
        username: account.username,
        localAccountId: account.localAccountId,
        name: account.name,
        idTokenClaims: account.idTokenClaims,
      },
    };
  };

  const findAccount = (client: HostAuthClient, brokerId: string | undefined) => {
    const accounts = client.getAllAccounts();
    const byId = accounts.find((account) => account.homeAccountId === brokerId);
    return byId ?? client.getActiveAccount() ?? accounts[0] ?? null;
  };

  const handlers: Record<string, (request: BridgeRequest, requestId: string) => Promise<string>> = {
    GetInitContext: async (_request, requestId) => {
      const client = await options.getClient(options.defaultClientId);
      const account = client.getActiveAccount() ?? client.getAllAccounts()[0];
      const accountContext = account && {
        homeAccountId: account.homeAccountId,
        environment: account.environment,
        tenantId: account.tenantId,
      };
      return respond(requestId, {
        success: true,
        initContext: {
          sdkName: "tempo-workbench-host",
          sdkVersion: "1.0.0",
          capabilities: { queryAccount: false },
          ...(accountContext ? { accountContext } : {}),
        },
      });
    },
    GetToken: async (request, requestId) => {
      const params = request.tokenParams ?? {};
      const client = await options.getClient(params.clientId ?? options.defaultClientId);
      const account = findAccount(client, params.platformBrokerId);
      if (account === null) {
        const error = {
          errorCode: "no_account",
          errorMessage: "The host has no signed-in account.",
        };
        return fail(requestId, "USER_INTERACTION_REQUIRED", error);
      }
      const claims = readClaimsChallenge(params.claims);
      const result = await client.acquireTokenSilent({
        scopes: (params.scope ?? "").split(" ").filter(Boolean),
        account,
        forceRefresh: params.forceRefresh === true,
        ...(claims === undefined ? {} : { claims }),
      });
      return respond(requestId, toTokenAnswer(result));
    },
    GetTokenPopup: async (request, requestId) => {
      const params = request.tokenParams ?? {};
      const client = await options.getClient(params.clientId ?? options.defaultClientId);
      const claims = readClaimsChallenge(params.claims);
      const result = await client.acquireTokenPopup({
        scopes: (params.scope ?? "").split(" ").filter(Boolean),
        loginHint: options.loginHint,
        ...(claims === undefined ? {} : { claims }),
      });
      client.setActiveAccount(result.account);
      return respond(requestId, toTokenAnswer(result));
    },
  };

  return {
    /** Always resolves with a response string: MSAL waits forever for one that never comes. */
    async handle(message: string): Promise<string | undefined> {
      let request: BridgeRequest;
      try {
        request = JSON.parse(message) as BridgeRequest;
      } catch (error) {
        // Not MSAL's JSON: there is no requestId to answer.
        if (error instanceof SyntaxError) return undefined;
        throw error;
      }
      const requestId = request.requestId ?? "";
      const handler = request.method === undefined ? undefined : handlers[request.method];
      if (handler === undefined) {
        const error = {
          errorCode: "unsupported_method",
          errorMessage: `No ${request.method ?? "method"} here.`,
        };
        return fail(requestId, "PERSISTENT_ERROR", error);
      }
      try {
        return await handler(request, requestId);
      } catch (error) {
        return fail(requestId, classify(error), error);
      }
    },
  };
}

export type NaaBroker = ReturnType<typeof createNaaBroker>;
