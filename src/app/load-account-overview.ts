// The Settings pane's account view: who is signed in (from Graph's GET /me) and what Tempo may do.
import type { SignedInAccount } from "../core/consent/signed-in-account";
import type { CalendarApi, UserProfile } from "../ports/calendar-api";
import type { AuthSession } from "./auth-session";

export interface AccountOverview {
  readonly account: SignedInAccount;
  readonly profile: UserProfile;
  readonly grantedScopes: readonly string[];
}

export type SignInMode = "restore" | "interactive";

/**
 * Signs in (quietly or interactively), then reads the profile with the token; null when a quiet
 * restore finds no account. Rejects with an AppError.
 */
export async function loadAccountOverview(options: {
  session: AuthSession;
  calendar: Pick<CalendarApi, "getMe">;
  mode: SignInMode;
}): Promise<AccountOverview | null> {
  const { session, calendar, mode } = options;
  const account = mode === "interactive" ? await session.signIn() : await session.restoreSignIn();
  if (account === null) return null;
  const profile = await calendar.getMe();
  return { account, profile, grantedScopes: session.getGrantedScopes() };
}
