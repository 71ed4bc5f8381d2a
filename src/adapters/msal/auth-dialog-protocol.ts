// The messages between a pane and its sign-in dialog: the request in the dialog's URL, the result through messageParent.
import type { SignedInAccount } from "../../core/consent/signed-in-account";

export interface AuthDialogRequest {
  readonly scopes: readonly string[];
  readonly loginHint?: string;
  /** A claims challenge (JSON) to satisfy, from a Graph 401. */
  readonly claims?: string;
}

export type AuthDialogResult =
  | {
      readonly status: "success";
      readonly accessToken: string;
      /** ISO-8601; the pane keeps the token until shortly before. */
      readonly expiresOnIso: string | null;
      readonly scopes: readonly string[];
      readonly account: SignedInAccount;
    }
  | {
      readonly status: "error";
      readonly errorCode: string;
      readonly subError: string;
      readonly errorMessage: string;
    };

const messageType = "tempo-auth-dialog-result";
const param = { scopes: "tempo_scopes", loginHint: "tempo_login_hint", claims: "tempo_claims" };

/** e.g. `buildAuthDialogUrl("https://x/auth-dialog.html", { scopes: ["User.Read"] })` gives `…?tempo_scopes=User.Read`. */
export function buildAuthDialogUrl(dialogUrl: string, request: AuthDialogRequest): string {
  const url = new URL(dialogUrl);
  url.searchParams.set(param.scopes, request.scopes.join(" "));
  if (request.loginHint !== undefined) url.searchParams.set(param.loginHint, request.loginHint);
  if (request.claims !== undefined) url.searchParams.set(param.claims, request.claims);
  return url.toString();
}

/** The request a dialog was opened with, or undefined when the page was opened without one. */
export function readAuthDialogRequest(search: string): AuthDialogRequest | undefined {
  const query = new URLSearchParams(search);
  const scopes = query.get(param.scopes);
  if (scopes === null) return undefined;
  const loginHint = query.get(param.loginHint);
  const claims = query.get(param.claims);
  return {
    scopes: scopes.split(" ").filter((scope) => scope !== ""),
    ...(loginHint === null ? {} : { loginHint }),
    ...(claims === null ? {} : { claims }),
  };
}

export function serializeAuthDialogResult(result: AuthDialogResult): string {
  return JSON.stringify({ type: messageType, ...result });
}

/** Parses what the dialog sent; anything else (a foreign message) gives undefined. */
export function parseAuthDialogResult(message: string): AuthDialogResult | undefined {
  try {
    const data = JSON.parse(message) as Record<string, unknown> | null;
    if (data?.type !== messageType) return undefined;
    if (data.status === "success" && typeof data.accessToken === "string") {
      return data as unknown as AuthDialogResult;
    }
    if (data.status === "error" && typeof data.errorCode === "string") {
      return data as unknown as AuthDialogResult;
    }
    return undefined;
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}
