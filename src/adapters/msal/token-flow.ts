// What both sign-in flows (nested app auth, Office dialog) offer the token provider.
import type { AuthMode } from "../../core/consent/signed-in-account";
import type { TokenResult } from "./msal-client";

export interface FlowRequest {
  readonly scopes: readonly string[];
  readonly claims?: string;
  readonly forceRefresh?: boolean;
  /** False in the event runtime and when restoring a sign-in quietly. */
  readonly allowInteraction: boolean;
  readonly loginHint?: string;
  /** Shown with the "ask your admin" errors. */
  readonly adminConsentUrl?: string;
}

export interface TokenFlow {
  readonly mode: AuthMode;
  /** Silent first, then interactive only when the silent answer asks for it; rejects with an AppError. */
  acquire(request: FlowRequest): Promise<TokenResult>;
  /** Forgets the pane's account; the host's or identity provider's session is left alone. */
  signOut(): Promise<void>;
}
