// What the panes need from sign-in beyond tokens: the account, sign in/out, granted scopes and the admin-consent link.
import type { AuthMode, SignedInAccount } from "../core/consent/signed-in-account";
import type { TokenProvider } from "../ports/token-provider";

/** Implemented by MsalTokenProvider (wired in composition-root.ts) and by fakes in tests. */
export interface AuthSession extends TokenProvider {
  /** Interactive sign-in with the smallest scope set (User.Read); rejects with an AppError. */
  signIn(): Promise<SignedInAccount>;
  /** Quiet: the host's or the cache's account, or null when the user has to sign in. */
  restoreSignIn(): Promise<SignedInAccount | null>;
  signOut(): Promise<void>;
  getSignedInAccount(): SignedInAccount | null;
  /** From the access tokens' `scp`: what has been consented so far. */
  getGrantedScopes(): string[];
  getAuthMode(): Promise<AuthMode>;
  getAdminConsentUrl(): string;
  /**
   * Calls `listener` whenever the signed-in account changes (sign-in, sign-out), so every section of a
   * pane follows one sign-in; returns the unsubscribe. Optional: fakes may leave it out.
   */
  onAccountChanged?(listener: (account: SignedInAccount | null) => void): () => void;
}
