// Table of failures and the AppError each becomes. To add a case: add a row; the last test fails until every auth code has one.
import { AppErrorCode, appErrorTexts } from "../../core/errors/app-error-codes";
import { createAppError } from "../../core/errors/app-error";
import { mapMsalError, OfficeDialogError, type AuthPhase } from "./map-msal-error";

const adminConsentUrl = "https://login.microsoftonline.com/t/v2.0/adminconsent?client_id=c";

function msalError(errorCode: string, errorMessage = "", subError = "", name = "AuthError") {
  return Object.assign(new Error(errorMessage), { errorCode, errorMessage, subError, name });
}

const cases: Array<[string, unknown, AuthPhase, AppErrorCode]> = [
  [
    "consent blocked in an interactive sign-in (AADSTS65001)",
    msalError(
      "consent_required",
      "AADSTS65001: The user or administrator has not consented to use the application",
    ),
    "interactive",
    "auth_consent_required",
  ],
  [
    "consent needed on a silent call: interaction, not yet an admin matter",
    msalError("consent_required", "AADSTS65001: not consented", "", "InteractionRequiredAuthError"),
    "silent",
    "auth_interaction_required",
  ],
  [
    "MFA required silently",
    msalError("interaction_required", "AADSTS50076: mfa"),
    "silent",
    "auth_interaction_required",
  ],
  ["no cached tokens", msalError("no_tokens_found"), "silent", "auth_interaction_required"],
  [
    "NAA bridge USER_INTERACTION_REQUIRED with the host's own inner code (no signed-in account)",
    msalError(
      "no_account",
      "The host has no signed-in account.",
      "",
      "InteractionRequiredAuthError",
    ),
    "silent",
    "auth_interaction_required",
  ],
  [
    "user not assigned to the app (AADSTS50105)",
    msalError(
      "access_denied",
      "AADSTS50105: The signed in user 'alex' is not assigned to a role for the application",
    ),
    "interactive",
    "auth_user_not_assigned",
  ],
  [
    "app not in the tenant (AADSTS700016)",
    msalError(
      "unauthorized_client",
      "AADSTS700016: Application with identifier 'c' was not found in the directory",
    ),
    "interactive",
    "auth_app_not_in_tenant",
  ],
  ["popup closed by the user", msalError("user_cancelled"), "interactive", "auth_user_cancelled"],
  [
    "consent declined (access_denied)",
    msalError("access_denied", "AADSTS65004: declined"),
    "interactive",
    "auth_user_cancelled",
  ],
  [
    "Office dialog closed by the user (12006)",
    new OfficeDialogError(12006, "closed"),
    "interactive",
    "auth_user_cancelled",
  ],
  [
    "Office dialog blocked (12009)",
    new OfficeDialogError(12009, "blocked"),
    "interactive",
    "auth_popup_blocked",
  ],
  [
    "popup blocked by the browser",
    msalError("popup_window_error"),
    "interactive",
    "auth_popup_blocked",
  ],
  ["offline", msalError("no_network_connectivity"), "silent", "auth_network"],
  ["token endpoint unreachable", msalError("post_request_failed"), "interactive", "auth_network"],
  [
    "popup answer lost to partitioned storage (BroadcastChannel timeout)",
    msalError("timed_out"),
    "interactive",
    "auth_storage_blocked",
  ],
  ["NAA bridge silent", msalError("naa_bridge_timeout"), "silent", "auth_host_unresponsive"],
  ["something MSAL never documented", msalError("weird_new_code"), "interactive", "auth_failed"],
  ["a plain Error", new Error("boom"), "silent", "auth_failed"],
  [
    "another Office dialog failure",
    new OfficeDialogError(12002, "not found"),
    "interactive",
    "auth_failed",
  ],
];

describe("mapMsalError", () => {
  it.each(cases)("maps %s", (_scenario, error, phase, expected) => {
    const mapped = mapMsalError(error, { phase, adminConsentUrl });

    expect(mapped.code).toBe(expected);
    expect(mapped.cause).toBe(error);
    expect(mapped.message).toBe(appErrorTexts[expected].message);
  });

  it("attaches the admin-consent link only to ask-your-admin codes, and keeps the AADSTS number", () => {
    const notAssigned = mapMsalError(msalError("access_denied", "AADSTS50105: not assigned"), {
      phase: "interactive",
      adminConsentUrl,
    });
    const cancelled = mapMsalError(msalError("user_cancelled"), {
      phase: "interactive",
      adminConsentUrl,
    });

    expect(notAssigned.details).toStrictEqual({
      msalErrorCode: "access_denied",
      subError: undefined,
      aadsts: "50105",
      adminConsentUrl,
    });
    expect(cancelled.details?.adminConsentUrl).toBeUndefined();
  });

  it("passes an AppError through untouched", () => {
    const error = createAppError("auth_network");
    expect(mapMsalError(error, { phase: "silent" })).toBe(error);
  });

  it("reads a numeric errorNo when the message has no AADSTS text", () => {
    const error = Object.assign(msalError("invalid_grant", "nope"), { errorNo: "50105" });
    expect(mapMsalError(error, { phase: "interactive" }).code).toBe("auth_user_not_assigned");
  });

  it("produces every auth code from at least one failure", () => {
    const authCodes = Object.values(AppErrorCode).filter((code) => code.startsWith("auth_"));
    const produced = new Set(cases.map(([, , , code]) => code));
    expect(authCodes.filter((code) => !produced.has(code))).toStrictEqual([]);
  });
});
