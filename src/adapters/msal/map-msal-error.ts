// Translates MSAL, Entra ID (AADSTS), NAA bridge and Office dialog failures into Tempo's AppError codes.
import { createAppError, isAppError, type AppError } from "../../core/errors/app-error";
import type { AppErrorCode } from "../../core/errors/app-error-codes";

/** Where the failure happened: a silent failure only ever asks for interaction. */
export type AuthPhase = "silent" | "interactive";

export interface MapMsalErrorOptions {
  readonly phase: AuthPhase;
  /** Attached to the "ask your admin" codes so the UI can show it. */
  readonly adminConsentUrl?: string;
}

/** The fields MSAL's AuthError (and ServerError, InteractionRequiredAuthError) carry. */
interface MsalErrorLike {
  readonly errorCode?: unknown;
  readonly subError?: unknown;
  readonly errorMessage?: unknown;
  readonly errorNo?: unknown;
  readonly message?: unknown;
}

/** A failed Office dialog call or dialog event, e.g. 12006 when the user closed the dialog. */
export class OfficeDialogError extends Error {
  override readonly name = "OfficeDialogError";
  readonly officeErrorCode: number;
  constructor(officeErrorCode: number, message: string) {
    super(message);
    this.officeErrorCode = officeErrorCode;
  }
}

/** The NAA bridge never answered within Tempo's own timeout (MSAL has none). */
export const naaBridgeTimeoutCode = "naa_bridge_timeout";

const byAadsts: Readonly<Record<string, AppErrorCode>> = {
  "50105": "auth_user_not_assigned",
  "700016": "auth_app_not_in_tenant",
  "65001": "auth_consent_required",
  // "Need admin approval" and "admin consent required" pages end the same way for the user.
  "90094": "auth_consent_required",
  "90099": "auth_consent_required",
  "65004": "auth_user_cancelled",
};

const interactionRequiredCodes = new Set([
  "interaction_required",
  "consent_required",
  "login_required",
  "no_tokens_found",
  "refresh_token_expired",
  "ui_not_allowed",
  "bad_token",
  "no_account_error",
  "native_account_unavailable",
]);

const byErrorCode: Readonly<Record<string, AppErrorCode>> = {
  user_cancelled: "auth_user_cancelled",
  access_denied: "auth_user_cancelled",
  interaction_required: "auth_interaction_required",
  login_required: "auth_interaction_required",
  no_tokens_found: "auth_interaction_required",
  refresh_token_expired: "auth_interaction_required",
  ui_not_allowed: "auth_interaction_required",
  bad_token: "auth_interaction_required",
  no_account_error: "auth_interaction_required",
  consent_required: "auth_consent_required",
  unauthorized_client: "auth_app_not_in_tenant",
  no_network_connectivity: "auth_network",
  post_request_failed: "auth_network",
  get_request_failed: "auth_network",
  endpoints_resolution_error: "auth_network",
  popup_window_error: "auth_popup_blocked",
  empty_window_error: "auth_popup_blocked",
  // v5 popups answer over BroadcastChannel; partitioned storage in a framed pane makes them time out.
  timed_out: "auth_storage_blocked",
  storage_not_supported: "auth_storage_blocked",
  [naaBridgeTimeoutCode]: "auth_host_unresponsive",
};

const byOfficeDialogCode: Readonly<Record<number, AppErrorCode>> = {
  12006: "auth_user_cancelled",
  12009: "auth_popup_blocked",
};

const askAdminCodes = new Set<AppErrorCode>([
  "auth_consent_required",
  "auth_user_not_assigned",
  "auth_app_not_in_tenant",
]);

function readString(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** "AADSTS50105: The signed in user…" or a numeric errorNo gives "50105". */
export function readAadstsNumber(error: MsalErrorLike): string | undefined {
  const errorNo =
    readString(error.errorNo) || (typeof error.errorNo === "number" ? String(error.errorNo) : "");
  if (/^\d+$/.test(errorNo)) return errorNo;
  const text = `${readString(error.errorMessage)} ${readString(error.message)}`;
  return /AADSTS(\d+)/.exec(text)?.[1];
}

function chooseCode(error: MsalErrorLike, phase: AuthPhase): AppErrorCode {
  const errorCode = readString(error.errorCode);
  const subError = readString(error.subError);
  // By class too: MSAL turns the NAA bridge's USER_INTERACTION_REQUIRED into an
  // InteractionRequiredAuthError carrying the host's own inner code (e.g. "no_account").
  const needsUser = isInteractionRequired(error);
  const aadsts = readAadstsNumber(error);
  const aadstsCode = aadsts === undefined ? undefined : byAadsts[aadsts];
  // A silent call that needs the user is never final: only an interactive one can be blocked for good.
  const isSilentConsent = phase === "silent" && aadstsCode === "auth_consent_required";
  if (aadstsCode !== undefined && !isSilentConsent) return aadstsCode;
  if (needsUser && phase === "silent") return "auth_interaction_required";
  return byErrorCode[errorCode] ?? byErrorCode[subError] ?? "auth_failed";
}

/**
 * Maps any failure of a token call to an AppError, keeping it as `cause`.
 * e.g. a popup's `ServerError("access_denied", "AADSTS50105: …")` gives `auth_user_not_assigned`;
 * a dialog closed by the user (12006) gives `auth_user_cancelled`.
 */
export function mapMsalError(error: unknown, options: MapMsalErrorOptions): AppError {
  if (isAppError(error)) return error;
  if (error instanceof OfficeDialogError) {
    const code = byOfficeDialogCode[error.officeErrorCode] ?? "auth_failed";
    return createAppError(code, {
      cause: error,
      details: { officeErrorCode: error.officeErrorCode },
    });
  }
  const candidate = (typeof error === "object" && error !== null ? error : {}) as MsalErrorLike;
  const code = chooseCode(candidate, options.phase);
  const aadsts = readAadstsNumber(candidate);
  const withAdminUrl = askAdminCodes.has(code) && options.adminConsentUrl !== undefined;
  return createAppError(code, {
    cause: error,
    details: {
      msalErrorCode: readString(candidate.errorCode) || undefined,
      subError: readString(candidate.subError) || undefined,
      aadsts,
      adminConsentUrl: withAdminUrl ? options.adminConsentUrl : undefined,
    },
  });
}

/** Whether the silent attempt may be retried interactively (MSAL's own test plus its codes). */
export function isInteractionRequired(error: unknown): boolean {
  const candidate = (typeof error === "object" && error !== null ? error : {}) as MsalErrorLike;
  const errorCode = readString(candidate.errorCode);
  const subError = readString(candidate.subError);
  const isNamedInteraction =
    (error as { name?: unknown } | null)?.name === "InteractionRequiredAuthError";
  return (
    isNamedInteraction ||
    interactionRequiredCodes.has(errorCode) ||
    interactionRequiredCodes.has(subError)
  );
}
