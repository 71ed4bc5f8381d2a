// A description Tooltip whose code (Fluent positioning, floating-ui: ~15 KiB gzip) loads beside the pane, not before it.
import { useEffect, useState, type ComponentType, type ReactElement } from "react";
import type { TooltipProps } from "@fluentui/react-components";

type TooltipComponent = ComponentType<TooltipProps>;

export interface LazyTooltipProps {
  readonly content: string;
  /** Only "description": until the code is there the trigger has no tooltip, but keeps its own name. */
  readonly relationship: "description";
  readonly children: ReactElement;
}

let loadedTooltip: TooltipComponent | undefined;
let pendingTooltip: Promise<TooltipComponent> | undefined;

/** Starts the download once; a failed one is forgotten so the next call tries again. */
export function preloadTooltip(): Promise<TooltipComponent> {
  pendingTooltip ??= import(/* webpackChunkName: "tooltip" */ "./tooltip").then(
    ({ Tooltip }) => {
      loadedTooltip = Tooltip;
      return Tooltip;
    },
    (error: unknown) => {
      pendingTooltip = undefined;
      throw error;
    },
  );
  return pendingTooltip;
}

/**
 * Renders Fluent's Tooltip once loaded; the download starts when this module is evaluated, so the
 * chunk usually arrives while the pane still waits for Office.js and the first render has it.
 */
export function LazyTooltip({ content, relationship, children }: LazyTooltipProps) {
  const [Tooltip, setTooltip] = useState<TooltipComponent | undefined>(() => loadedTooltip);

  useEffect(() => {
    if (Tooltip !== undefined) return undefined;
    let isCurrent = true;
    preloadTooltip().then(
      (loaded) => isCurrent && setTooltip(() => loaded),
      // Without its code the button simply has no tooltip; the next mount tries again.
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [Tooltip]);

  if (Tooltip === undefined) return children;
  return (
    <Tooltip content={content} relationship={relationship}>
      {children}
    </Tooltip>
  );
}

preloadTooltip().catch(() => undefined);
