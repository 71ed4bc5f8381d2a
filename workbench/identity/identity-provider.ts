// Starts the workbench's Entra ID-shaped OpenID provider: oauth2-mock-server behind an https server on localhost.
import https from "node:https";
import {
  demoUser,
  workbenchClientId,
  workbenchPorts,
  workbenchTenantId,
  workbenchUrls,
} from "../workbench-config";
import { loadEsmPackage } from "./load-esm-package";
import { createRequestListener } from "./route-request";
import { loadOrCreateLocalhostCertificate } from "./tls-certificate";
import { shapeAuthorizeRedirect, shapeTokenClaims, shapeTokenResponse } from "./token-claims";
import { registerTrustedCertificate, unregisterTrustedCertificate } from "./trusted-certificates";
import type { IdentityUser, LoggedAuthRequest, ProviderState } from "./provider-state";
import type { ForcedAuthorizeError } from "./aad-errors";
import type * as MockServer from "oauth2-mock-server";
import type { AddressInfo } from "node:net";

export type { ForcedAuthorizeError, IdentityUser, LoggedAuthRequest };

export interface IdentityProviderOptions {
  /** 0 picks a free port; default 8443 (workbenchPorts.identity). */
  port?: number;
  /** Interface to listen on; default 127.0.0.1. URLs always say `localhost`, which resolves there. */
  host?: string;
  tenantId?: string;
  /** Registered apps; default [workbenchClientId]. */
  clientIds?: string[];
  /** Registered redirect URIs: exact, or a prefix ending in `*`. Default: every page of the panes and host origins. */
  redirectUris?: string[];
  user?: Partial<IdentityUser>;
  /** Where the self-signed certificate is cached; default workbench/.certs (gitignored). */
  certDir?: string;
  /** What `.default` expands to, like an app registration's configured permissions. */
  configuredGraphScopes?: string[];
}

export interface IdentityProvider {
  /** `https://localhost:PORT/<tenant>`: the MSAL authority; discovery and endpoints live under it. */
  issuerUrl: string;
  /** Same as issuerUrl. */
  authorityUrl: string;
  /** The `iss` of issued tokens, `<issuerUrl>/v2.0`, as Entra ID v2.0 names it. */
  tokenIssuer: string;
  jwksUrl: string;
  /** The https certificate (PEM), for Node's `ca` or NODE_EXTRA_CA_CERTS. */
  certPem: string;
  /** Path of the cached certificate file, for `NODE_EXTRA_CA_CERTS` or a browser's trust store. */
  certPath: string;
  /** For Chromium's `--ignore-certificate-errors-spki-list=<this>`. */
  spkiSha256Base64: string;
  port: number;
  /** Every request received so far, oldest first (copies). */
  requests(): LoggedAuthRequest[];
  /** The next authorize or admin-consent request redirects back with this error; null clears it. */
  setNextAuthorizeError(code: ForcedAuthorizeError | null, description?: string): void;
  /** Simulates consent: only these Graph scopes are consented (interactive sign-in adds more); null = all consented (default). */
  setGrantedScopes(scopes: readonly string[] | null): void;
  /** The consented Graph scopes, or null when consent is not simulated. */
  grantedScopes(): string[] | null;
  close(): Promise<void>;
}

/** A stable object id, so homeAccountId (`oid.tid`) survives provider restarts. */
const defaultUser: IdentityUser = {
  objectId: "8f3c2a71-5d4e-4b6a-9c1f-2e7d0a9b4c35",
  displayName: demoUser.displayName,
  userPrincipalName: demoUser.emailAddress,
};

const aadEndpoints: MockServer.OAuth2EndpointsInput = {
  wellKnownDocument: "/v2.0/.well-known/openid-configuration",
  authorize: "/oauth2/v2.0/authorize",
  token: "/oauth2/v2.0/token",
  jwks: "/discovery/v2.0/keys",
  endSession: "/oauth2/v2.0/logout",
};

/**
 * Starts the provider and resolves once it listens.
 * e.g. `const idp = await startIdentityProvider({ port: 0 })` → idp.issuerUrl "https://localhost:41234/<tenant>"
 */
export async function startIdentityProvider(
  options: IdentityProviderOptions = {},
): Promise<IdentityProvider> {
  const mock = loadEsmPackage<typeof MockServer>("oauth2-mock-server");
  const certificate = await loadOrCreateLocalhostCertificate(options.certDir);
  const state = createState(options);
  const issuer = new mock.OAuth2Issuer();
  await issuer.keys.generate("RS256");
  const service = new mock.OAuth2Service(issuer, aadEndpoints);
  service.on(
    mock.Events.BeforeAuthorizeRedirect,
    (redirect: MockServer.MutableRedirectUri, req: MockServer.TokenRequestIncomingMessage) =>
      shapeAuthorizeRedirect(redirect, req, state),
  );
  service.on(
    mock.Events.BeforeTokenSigning,
    (token: MockServer.MutableToken, req: MockServer.TokenRequestIncomingMessage) =>
      shapeTokenClaims(token, req, state),
  );
  service.on(
    mock.Events.BeforeResponse,
    (response: MockServer.MutableResponse, req: MockServer.TokenRequestIncomingMessage) =>
      shapeTokenResponse(response, req, state),
  );
  const server = https.createServer(
    { key: certificate.keyPem, cert: certificate.certPem },
    createRequestListener(state, service.requestHandler),
  );
  const port = await listen(
    server,
    options.port ?? workbenchPorts.identity,
    options.host ?? "127.0.0.1",
  );
  const origin = `https://localhost:${port}`;
  state.issuerUrl = `${origin}/${state.tenantId}`;
  issuer.url = state.issuerUrl;
  registerTrustedCertificate(origin, certificate.certPem);
  return {
    issuerUrl: state.issuerUrl,
    authorityUrl: state.issuerUrl,
    tokenIssuer: `${state.issuerUrl}/v2.0`,
    jwksUrl: `${state.issuerUrl}/discovery/v2.0/keys`,
    certPem: certificate.certPem,
    certPath: certificate.certPath,
    spkiSha256Base64: certificate.spkiSha256Base64,
    port,
    requests: () => state.log.map((entry) => ({ ...entry })),
    setNextAuthorizeError: (code, description) => {
      state.nextAuthorizeError =
        code === null ? null : { code, ...(description === undefined ? {} : { description }) };
    },
    setGrantedScopes: (scopes) => {
      state.grantedScopes = scopes === null ? null : new Set(scopes);
    },
    grantedScopes: () => (state.grantedScopes === null ? null : [...state.grantedScopes]),
    close: async () => {
      unregisterTrustedCertificate(origin);
      await closeServer(server);
    },
  };
}

function createState(options: IdentityProviderOptions): ProviderState {
  return {
    tenantId: options.tenantId ?? workbenchTenantId,
    issuerUrl: "",
    clientIds: new Set(options.clientIds ?? [workbenchClientId]),
    redirectUris: options.redirectUris ?? [`${workbenchUrls.panes}/*`, `${workbenchUrls.host}*`],
    user: { ...defaultUser, ...options.user },
    configuredGraphScopes: options.configuredGraphScopes ?? [
      "User.Read",
      "Mail.ReadWrite",
      "Mail.Send",
      "Calendars.Read",
      "MailboxSettings.Read",
    ],
    grantedScopes: null,
    nextAuthorizeError: null,
    codes: new Map(),
    refreshTokens: new Map(),
    log: [],
  };
}

function listen(server: https.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: https.Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error === undefined ? resolve() : reject(error)));
    // Browsers keep TLS connections alive; without this, close() waits for them to time out.
    server.closeAllConnections();
  });
}
