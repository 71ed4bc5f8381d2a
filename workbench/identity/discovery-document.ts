// The Entra ID-shaped OpenID discovery document: endpoints under the authority, issuer `<tenant>/v2.0`.
import { getTokenIssuer, type ProviderState } from "./provider-state";

/**
 * Builds the document served at `/<tenant>/v2.0/.well-known/openid-configuration` (and the OIDC-mode path).
 * `tenantSegment` is the path's tenant (`<guid>` or `common`), so `/common` metadata points at `/common` endpoints.
 * e.g. authorization_endpoint "https://localhost:8443/<tenant>/oauth2/v2.0/authorize", issuer "https://localhost:8443/<tenant>/v2.0"
 */
export function buildDiscoveryDocument(
  state: ProviderState,
  tenantSegment: string,
): Record<string, unknown> {
  const origin = new URL(state.issuerUrl).origin;
  const authority = `${origin}/${tenantSegment}`;
  return {
    issuer: getTokenIssuer(state),
    authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
    token_endpoint: `${authority}/oauth2/v2.0/token`,
    end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
    jwks_uri: `${authority}/discovery/v2.0/keys`,
    device_authorization_endpoint: `${authority}/oauth2/v2.0/devicecode`,
    response_types_supported: ["code"],
    response_modes_supported: ["query", "fragment"],
    grant_types_supported: ["authorization_code", "refresh_token"],
    code_challenge_methods_supported: ["S256"],
    scopes_supported: ["openid", "profile", "email", "offline_access"],
    subject_types_supported: ["pairwise"],
    id_token_signing_alg_values_supported: ["RS256"],
    token_endpoint_auth_methods_supported: ["none"],
    claims_supported: [
      "sub",
      "iss",
      "aud",
      "exp",
      "iat",
      "nbf",
      "nonce",
      "name",
      "preferred_username",
      "oid",
      "tid",
      "ver",
    ],
    tenant_region_scope: null,
    cloud_instance_name: "microsoftonline.com",
    cloud_graph_host_name: "graph.windows.net",
    msgraph_host: "graph.microsoft.com",
    rbac_url: "https://pas.windows.net",
  };
}
