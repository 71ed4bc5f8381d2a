// The dashboard's sign-in state: restore quietly on open, sign in on request, and the services once signed in.
import { useCallback, useEffect, useState } from "react";
import { createAppError, isAppError, type AppError } from "@/core/errors/app-error";
import type { PaneServices } from "@/app/composition-root";
import type { PaneServicesState } from "@/ui/hooks/use-pane-services";

export type DashboardSession =
  /** The pane was rendered without sign-in services (e.g. a test that does not need them). */
  | { readonly status: "unavailable" }
  | { readonly status: "checking" }
  | { readonly status: "signed_out" }
  | { readonly status: "signing_in" }
  | { readonly status: "signed_in"; readonly services: PaneServices }
  | { readonly status: "failed"; readonly error: AppError };

export interface DashboardSessionController {
  readonly session: DashboardSession;
  readonly signIn: () => void;
}

function toAppError(error: unknown): AppError {
  return isAppError(error) ? error : createAppError("auth_failed", { cause: error });
}

type Restored =
  | { readonly status: "checking" | "signed_out" | "signing_in" | "signed_in" }
  | { readonly status: "failed"; readonly error: AppError };

export function useDashboardSession(source: PaneServicesState): DashboardSessionController {
  const services = source.status === "ready" ? source.services : undefined;
  const [restored, setRestored] = useState<Restored>({ status: "checking" });

  useEffect(() => {
    if (services === undefined) return undefined;
    let isCurrent = true;
    // Restoring never opens a window; it only finds an account Outlook or the cache already has.
    services.session.restoreSignIn().then(
      (account) => isCurrent && setRestored({ status: account ? "signed_in" : "signed_out" }),
      (error: unknown) => isCurrent && setRestored({ status: "failed", error: toAppError(error) }),
    );
    // A sign-in or sign-out in the other dashboard section applies here too.
    const unsubscribe = services.session.onAccountChanged?.(
      (account) => isCurrent && setRestored({ status: account ? "signed_in" : "signed_out" }),
    );
    return () => {
      isCurrent = false;
      unsubscribe?.();
    };
  }, [services]);

  const retryLoad = source.status === "failed" ? source.retry : undefined;
  const signIn = useCallback(() => {
    if (retryLoad !== undefined) retryLoad();
    if (services === undefined) return;
    setRestored({ status: "signing_in" });
    services.session.signIn().then(
      () => setRestored({ status: "signed_in" }),
      (error: unknown) => setRestored({ status: "failed", error: toAppError(error) }),
    );
  }, [services, retryLoad]);

  return { session: describeSession(source, services, restored), signIn };
}

function describeSession(
  source: PaneServicesState,
  services: PaneServices | undefined,
  restored: Restored,
): DashboardSession {
  if (source.status === "absent") return { status: "unavailable" };
  if (source.status === "failed") return { status: "failed", error: toAppError(source.error) };
  if (services === undefined) return { status: "checking" };
  switch (restored.status) {
    case "signed_in":
      return { status: "signed_in", services };
    case "failed":
      return { status: "failed", error: restored.error };
    default:
      return { status: restored.status };
  }
}
