// Gives panes the services built by app/composition-root.ts (session, Graph), injected so tests pass fakes.
// A pane may hand over a loader instead, so MSAL and the Graph client load after its first render.
import { createContext, useContext, useEffect, useState } from "react";
import type { PaneServices } from "@/app/composition-root";

/** Builds the services on demand, e.g. behind `import("@/app/composition-root")`. */
export type LoadPaneServices = () => Promise<PaneServices>;

/** Undefined when a pane is rendered without sign-in (e.g. a test that does not need it). */
export const PaneServicesContext = createContext<PaneServices | LoadPaneServices | undefined>(
  undefined,
);

export type PaneServicesState =
  | { readonly status: "absent" }
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly services: PaneServices }
  | { readonly status: "failed"; readonly error: unknown; readonly retry: () => void };

type LoadResult =
  | { readonly status: "ready"; readonly services: PaneServices }
  | { readonly status: "failed"; readonly error: unknown };

/**
 * Calls `load` once and shares its promise; a failed load (e.g. the chunk could not be fetched)
 * is forgotten, so the next caller tries again.
 */
export function createPaneServicesLoader(load: LoadPaneServices): LoadPaneServices {
  let pending: Promise<PaneServices> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

export function usePaneServices(): PaneServicesState {
  const source = useContext(PaneServicesContext);
  const isLoader = typeof source === "function";
  const [loaded, setLoaded] = useState<{ from: LoadPaneServices; result: LoadResult }>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!isLoader) return undefined;
    let isCurrent = true;
    source().then(
      (services) => isCurrent && setLoaded({ from: source, result: { status: "ready", services } }),
      (error: unknown) =>
        isCurrent && setLoaded({ from: source, result: { status: "failed", error } }),
    );
    return () => {
      isCurrent = false;
    };
  }, [isLoader, source, attempt]);

  if (source === undefined) return { status: "absent" };
  if (!isLoader) return { status: "ready", services: source };
  const isLoadedFromSource = loaded !== undefined && loaded.from === source;
  if (!isLoadedFromSource) return { status: "loading" };
  if (loaded.result.status === "ready") return loaded.result;
  const retry = () => {
    setLoaded(undefined);
    setAttempt((count) => count + 1);
  };
  return { ...loaded.result, retry };
}
