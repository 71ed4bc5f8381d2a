// Bench page (bench/dashboard-render.ts): the dashboard's tracked-email list, or the naive one, with N emails; times its first render.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useLayoutEffect, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { TrackedEmailList } from "../../src/ui/panes/dashboard-pane/tracked-email-list";
import { buildTrackedEmails } from "./build-tracked-emails";
import { NaiveTrackedEmailList } from "./naive-tracked-email-list";
import type { TrackedEmailListProps } from "../../src/ui/panes/dashboard-pane/tracked-email-list";

/** What the page leaves for the bench to read, all `performance.now()` milliseconds. */
export interface DashboardRenderProbe {
  /** Just before `root.render`, after the emails were built. */
  readonly renderStartMs: number;
  /** When React committed the list (layout effects run). */
  readonly committedMs: number;
  /** After the frame that follows the commit: the list was laid out and painted. */
  readonly paintedMs: number;
  /** Rows in the DOM at that point. */
  readonly rowsInDom: number;
}

type BenchWindow = Window & { __benchDashboard?: DashboardRenderProbe };

function Probe(props: { readonly renderStartMs: number; readonly children: ReactNode }) {
  useLayoutEffect(() => {
    const committedMs = performance.now();
    requestAnimationFrame(() => {
      // A task queued in the frame callback runs once that frame has been painted.
      setTimeout(() => {
        (window as BenchWindow).__benchDashboard = {
          renderStartMs: props.renderStartMs,
          committedMs,
          paintedMs: performance.now(),
          rowsInDom: document.querySelectorAll('ul[aria-label="Tracked emails"] > li').length,
        };
      }, 0);
    });
  }, [props.renderStartMs]);
  return <>{props.children}</>;
}

const params = new URLSearchParams(window.location.search);
const count = Number(params.get("count") ?? "1000");
const now = new Date("2026-03-02T17:00:00Z");
const listProps: TrackedEmailListProps = {
  emails: buildTrackedEmails(count, now),
  selectedId: undefined,
  onSelect: () => undefined,
  now,
  locale: "en-US",
  timeZone: "UTC",
};
const list =
  params.get("list") === "naive" ? (
    <NaiveTrackedEmailList {...listProps} />
  ) : (
    <TrackedEmailList {...listProps} />
  );
const container = document.getElementById("root");
if (container) {
  const renderStartMs = performance.now();
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Probe renderStartMs={renderStartMs}>{list}</Probe>
    </FluentProvider>,
  );
}
