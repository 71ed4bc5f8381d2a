// Entra ID-shaped OAuth errors: the error codes, AADSTS descriptions and body fields MSAL reads.
import { randomUUID } from "node:crypto";

/** Errors a test can force on the next authorize request. */
export const ForcedAuthorizeError = {
  loginRequired: "login_required",
  interactionRequired: "interaction_required",
  consentRequired: "consent_required",
  accessDenied: "access_denied",
} as const;
export type ForcedAuthorizeError = (typeof ForcedAuthorizeError)[keyof typeof ForcedAuthorizeError];

export interface AadError {
  error: string;
  error_description: string;
  error_codes: number[];
  suberror?: string;
}

/** The wording Entra ID uses, so the app's error mapping sees realistic text. */
export function describeForcedError(code: ForcedAuthorizeError, clientId: string): AadError {
  switch (code) {
    case "login_required":
      return aadError(code, 50058, "A silent sign-in request was sent but no user is signed in.");
    case "interaction_required":
      return aadError(
        code,
        50076,
        "Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '00000003-0000-0000-c000-000000000000'.",
      );
    case "consent_required":
      return describeConsentRequired(code, clientId);
    case "access_denied":
      return aadError(code, 65004, "User declined to consent to access the app.");
  }
}

export function describeConsentRequired(error: string, clientId: string): AadError {
  const description = `The user or administrator has not consented to use the application with ID '${clientId}' named 'Tempo'. Send an interactive authorization request for this user and resource.`;
  return { ...aadError(error, 65001, description), suberror: "consent_required" };
}

export function describeUnknownClient(clientId: string, tenantId: string): AadError {
  return aadError(
    "unauthorized_client",
    700016,
    `Application with identifier '${clientId}' was not found in the directory '${tenantId}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.`,
  );
}

export function describeUnregisteredRedirect(redirectUri: string, clientId: string): AadError {
  return aadError(
    "invalid_request",
    50011,
    `The redirect URI '${redirectUri}' specified in the request does not match the redirect URIs configured for the application '${clientId}'.`,
  );
}

/** `aadError("invalid_grant", 54005, "OAuth2 Authorization code was already redeemed…")`. */
export function aadError(error: string, code: number, message: string): AadError {
  return { error, error_description: `AADSTS${code}: ${message}`, error_codes: [code] };
}

/** The JSON body of a failed token or metadata call, with the trace fields Entra ID adds. */
export function toErrorBody(
  error: AadError,
  correlationId: string | undefined,
): Record<string, unknown> {
  const traceId = randomUUID();
  const timestamp = new Date()
    .toISOString()
    .replace("T", " ")
    .replace(/\.\d+Z$/, "Z");
  const details = `\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId ?? "none"}\r\nTimestamp: ${timestamp}`;
  return {
    ...error,
    error_description: `${error.error_description}${details}`,
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId ?? randomUUID(),
  };
}
