// Gives panes the Office.js slice they read, injected through React context so tests pass a fake.
import { createContext, useContext } from "react";
import type { OfficeApi } from "./office-api";

/** Undefined when the pane runs outside Office (a plain browser tab): panes still render. */
export const OfficeContext = createContext<OfficeApi | undefined>(undefined);

export function useOfficeContext(): OfficeApi | undefined {
  return useContext(OfficeContext);
}
