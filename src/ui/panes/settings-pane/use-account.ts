// The Settings pane's sign-in state: restore quietly on open, sign in on request, sign out, and the last failure.
import { useCallback, useEffect, useState } from "react";
import { loadAccountOverview, type AccountOverview } from "@/app/load-account-overview";
import { createAppError, isAppError, type AppError } from "@/core/errors/app-error";
import type { PaneServicesState } from "@/ui/hooks/use-pane-services";

export type AccountState =
  | { readonly status: "checking" }
  | { readonly status: "signed_out" }
  | { readonly status: "signing_in" }
  | { readonly status: "signed_in"; readonly overview: AccountOverview }
  | { readonly status: "failed"; readonly error: AppError };

export interface AccountController {
  readonly state: AccountState;
  readonly signIn: () => void;
  readonly signOut: () => void;
  readonly adminConsentUrl: string | undefined;
}

function toAppError(error: unknown): AppError {
  return isAppError(error) ? error : createAppError("auth_failed", { cause: error });
}

function describeLoading(source: PaneServicesState): AccountState {
  if (source.status === "absent") return { status: "signed_out" };
  if (source.status === "failed") return { status: "failed", error: toAppError(source.error) };
  return { status: "checking" };
}

/** `source` is the pane's services; while MSAL and Graph still load, the account reads "checking". */
export function useAccount(source: PaneServicesState): AccountController {
  const services = source.status === "ready" ? source.services : undefined;
  const [restored, setRestored] = useState<AccountState>({ status: "checking" });
  const state = services === undefined ? describeLoading(source) : restored;

  const toState = (overview: AccountOverview | null): AccountState =>
    overview === null ? { status: "signed_out" } : { status: "signed_in", overview };

  useEffect(() => {
    if (services === undefined) return undefined;
    let isCurrent = true;
    // Restoring never opens a window; it only finds an account Outlook or the cache already has.
    loadAccountOverview({ ...services, mode: "restore" }).then(
      (overview) => isCurrent && setRestored(toState(overview)),
      (error: unknown) => isCurrent && setRestored({ status: "failed", error: toAppError(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [services]);

  const retryLoad = source.status === "failed" ? source.retry : undefined;
  const signIn = useCallback(() => {
    // "Try again" after the sign-in code failed to download fetches it again, then restores quietly.
    if (retryLoad !== undefined) retryLoad();
    if (services === undefined) return;
    setRestored({ status: "signing_in" });
    loadAccountOverview({ ...services, mode: "interactive" }).then(
      (overview) => setRestored(toState(overview)),
      (error: unknown) => setRestored({ status: "failed", error: toAppError(error) }),
    );
  }, [services, retryLoad]);

  const signOut = useCallback(() => {
    if (services === undefined) return;
    services.session.signOut().then(
      () => setRestored({ status: "signed_out" }),
      (error: unknown) => setRestored({ status: "failed", error: toAppError(error) }),
    );
  }, [services]);

  return {
    state,
    signIn,
    signOut,
    adminConsentUrl: services?.session.getAdminConsentUrl(),
  };
}
