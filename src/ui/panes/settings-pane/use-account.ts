// The Settings pane's sign-in state: restore quietly on open, sign in on request, sign out, and the last failure.
import { useCallback, useEffect, useState } from "react";
import { loadAccountOverview, type AccountOverview } from "@/app/load-account-overview";
import { createAppError, isAppError, type AppError } from "@/core/errors/app-error";
import type { PaneServices } from "@/app/composition-root";

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

export function useAccount(services: PaneServices | undefined): AccountController {
  const [state, setState] = useState<AccountState>(
    services === undefined ? { status: "signed_out" } : { status: "checking" },
  );

  const toState = (overview: AccountOverview | null): AccountState =>
    overview === null ? { status: "signed_out" } : { status: "signed_in", overview };

  useEffect(() => {
    if (services === undefined) return undefined;
    let isCurrent = true;
    // Restoring never opens a window; it only finds an account Outlook or the cache already has.
    loadAccountOverview({ ...services, mode: "restore" }).then(
      (overview) => isCurrent && setState(toState(overview)),
      (error: unknown) => isCurrent && setState({ status: "failed", error: toAppError(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [services]);

  const signIn = useCallback(() => {
    if (services === undefined) return;
    setState({ status: "signing_in" });
    loadAccountOverview({ ...services, mode: "interactive" }).then(
      (overview) => setState(toState(overview)),
      (error: unknown) => setState({ status: "failed", error: toAppError(error) }),
    );
  }, [services]);

  const signOut = useCallback(() => {
    if (services === undefined) return;
    services.session.signOut().then(
      () => setState({ status: "signed_out" }),
      (error: unknown) => setState({ status: "failed", error: toAppError(error) }),
    );
  }, [services]);

  return {
    state,
    signIn,
    signOut,
    adminConsentUrl: services?.session.getAdminConsentUrl(),
  };
}
