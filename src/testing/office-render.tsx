// Renders a pane the way index.tsx does (Office context + pane shell) around a fake Office.
import { render, type RenderResult } from "@testing-library/react";
import { PaneShell } from "@/ui/components/pane-shell";
import { OfficeContext } from "@/ui/hooks/use-office-context";
import type { ReactNode } from "react";
import type { OfficeApi } from "@/ui/hooks/office-api";

export function renderInOfficePane(
  content: ReactNode,
  options: { readonly office: OfficeApi | undefined; readonly title: string },
): RenderResult {
  return render(
    <OfficeContext value={options.office}>
      <PaneShell title={options.title}>{content}</PaneShell>
    </OfficeContext>,
  );
}

/**
 * The value a Fluent token has on the pane's FluentProvider, read from the theme rule Fluent inserts
 * (through CSSOM, so jsdom has no text for it), e.g. `readThemeToken("colorNeutralBackground1")`.
 */
export function readThemeToken(tokenName: string): string | undefined {
  const themeStyles = Array.from(
    document.querySelectorAll<HTMLStyleElement>('style[id^="fui-FluentProvider"]'),
  );
  const ruleText = themeStyles
    .flatMap((style) => Array.from(style.sheet?.cssRules ?? []))
    .map((rule) => rule.cssText)
    .join("\n");
  const match = new RegExp(`--${tokenName}:\\s*([^;]+);`).exec(ruleText);
  return match?.[1]?.trim();
}
