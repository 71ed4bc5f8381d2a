// Mounts a pane once Office.js is ready, handing it the Office slice through context.
import { StrictMode, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { PaneShell } from "@/ui/components/pane-shell";
import { readGlobalOffice } from "@/ui/hooks/office-api";
import { OfficeContext } from "@/ui/hooks/use-office-context";

export interface RenderPaneOptions {
  readonly title: string;
  readonly content: ReactNode;
}

function waitForOffice(): Promise<unknown> {
  const hasOffice = typeof Office !== "undefined";
  return hasOffice ? Office.onReady() : Promise.resolve();
}

function mount({ title, content }: RenderPaneOptions): void {
  const container = document.getElementById("root");
  if (!container) {
    throw new Error("The pane template has no #root element.");
  }
  createRoot(container).render(
    <StrictMode>
      <OfficeContext value={readGlobalOffice()}>
        <PaneShell title={title}>{content}</PaneShell>
      </OfficeContext>
    </StrictMode>,
  );
}

/** Replaces the inline skeleton with the pane; outside Office it still renders, without Office data. */
export function renderPane(options: RenderPaneOptions): Promise<void> {
  return waitForOffice().then(
    () => mount(options),
    // onReady only rejects when Office.js itself failed; the pane is still worth showing.
    () => mount(options),
  );
}
