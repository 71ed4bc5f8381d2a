// React access to the host's store and actions, provided once by index.tsx.
import { createContext, useContext, useSyncExternalStore } from "react";
import type { DialogManager } from "./state/dialog-manager";
import type { HostActions } from "./state/host-actions";
import type { HostState, HostStore } from "./state/host-store";

export interface HostServices {
  store: HostStore;
  actions: HostActions;
  dialogs: DialogManager;
}

export const HostServicesContext = createContext<HostServices | null>(null);

export function useHostServices(): HostServices {
  const services = useContext(HostServicesContext);
  if (services === null) throw new Error("HostServicesContext is missing");
  return services;
}

export function useHostState(): HostState {
  const { store } = useHostServices();
  return useSyncExternalStore(store.subscribe, store.getState);
}
