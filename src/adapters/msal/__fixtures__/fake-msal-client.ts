// A hand-written MSAL client fake and token builders for the token-provider tests.
import type { AccountInfo, AuthenticationResult } from "@azure/msal-browser";
import type { MsalClient, MsalClientFactory } from "../msal-client";
import type { OfficeAuthHost } from "../office-auth-host";

export const fixedNowMs = Date.parse("2025-03-12T09:00:00.000Z");

export const alex: AccountInfo = {
  homeAccountId: "8f3c2a71-5d4e-4b6a-9c1f-2e7d0a9b4c35.378087a5-27cb-47cf-87b5-62a739856475",
  environment: "localhost:8443",
  tenantId: "378087a5-27cb-47cf-87b5-62a739856475",
  username: "alex.wilber@contoso.com",
  localAccountId: "8f3c2a71-5d4e-4b6a-9c1f-2e7d0a9b4c35",
  name: "Alex Wilber",
};

/** An unsigned JWT whose payload carries `scp` and `tid`, as the display code reads it. */
export function buildAccessToken(scopes: readonly string[]): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${encode({ alg: "none" })}.${encode({ scp: scopes.join(" "), tid: alex.tenantId })}.sig`;
}

export function buildAuthResult(
  scopes: readonly string[],
  overrides: Partial<AuthenticationResult> = {},
): AuthenticationResult {
  return {
    authority: "https://localhost:8443/378087a5-27cb-47cf-87b5-62a739856475/",
    uniqueId: alex.localAccountId,
    tenantId: alex.tenantId,
    scopes: [...scopes],
    account: alex,
    idToken: "id-token",
    idTokenClaims: {},
    accessToken: buildAccessToken(scopes),
    fromCache: false,
    expiresOn: new Date(fixedNowMs + 3600_000),
    tokenType: "Bearer",
    correlationId: "c",
    ...overrides,
  };
}

export function interactionRequired(errorCode = "interaction_required"): Error {
  return Object.assign(new Error(errorCode), {
    name: "InteractionRequiredAuthError",
    errorCode,
    errorMessage: "AADSTS50076: mfa",
    subError: "",
  });
}

export type FakeMsalClient = { [K in keyof MsalClient]: jest.Mock };

export function createFakeMsalClient(accounts: AccountInfo[] = []): FakeMsalClient {
  let active: AccountInfo | null = null;
  return {
    acquireTokenSilent: jest.fn((request: { scopes: string[] }) =>
      Promise.resolve(buildAuthResult(request.scopes)),
    ),
    acquireTokenPopup: jest.fn((request: { scopes: string[] }) =>
      Promise.resolve(buildAuthResult(request.scopes)),
    ),
    ssoSilent: jest.fn((request: { scopes: string[] }) =>
      Promise.resolve(buildAuthResult(request.scopes)),
    ),
    getAllAccounts: jest.fn(() => accounts),
    getActiveAccount: jest.fn(() => active),
    setActiveAccount: jest.fn((account: AccountInfo | null) => {
      active = account;
    }),
    clearCache: jest.fn(() => Promise.resolve()),
  };
}

export function createFakeFactory(
  nestable: FakeMsalClient | Promise<never>,
  standard: FakeMsalClient,
) {
  const factory = {
    createNestable: jest.fn(() =>
      nestable instanceof Promise ? nestable : Promise.resolve(nestable),
    ),
    createStandard: jest.fn(() => Promise.resolve(standard)),
  };
  return factory as typeof factory & MsalClientFactory;
}

export function createFakeHost(options: { naa: boolean; dialogAnswers?: Array<string | Error> }) {
  const answers = [...(options.dialogAnswers ?? [])];
  const host = {
    isNestedAppAuthSupported: jest.fn(() => options.naa),
    readLoginHint: jest.fn(() => Promise.resolve<string | undefined>(alex.username)),
    openDialog: jest.fn((_url: string) => {
      const answer = answers.shift();
      if (answer === undefined) return Promise.reject(new Error("no dialog answer scripted"));
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    }),
  };
  return host as typeof host & OfficeAuthHost;
}
