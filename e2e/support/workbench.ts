// What the e2e files share to drive the workbench: its URLs, the fake Graph's test API, the task pane frames, the inbox.
import { expect, type FrameLocator, type Page } from "@playwright/test";

export const hostUrl = (): string =>
  process.env.TEMPO_WORKBENCH_HOST_URL ?? "http://127.0.0.1:3000/";
export const graphUrl = (): string =>
  process.env.TEMPO_WORKBENCH_GRAPH_URL ?? "http://127.0.0.1:4100";

/**
 * Calls the fake Graph's test API (`/_fake/<path>`, see workbench/graph/README.md): a GET without a
 * body, a JSON POST with one. e.g. `await fakeGraph("inbound", { message })`
 */
export async function fakeGraph<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${graphUrl()}/_fake/${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "Content-Type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(response.ok).toBe(true);
  return (await response.json()) as T;
}

/** The frame of the task pane a ribbon button opened, e.g. `taskPane(page, "Settings")`. */
export function taskPane(page: Page, label: string): FrameLocator {
  return page.frameLocator(`iframe[title="Tempo task pane: ${label}"]`);
}

/** Opens the Inbox folder, whether the workbench shows it as a button or as a tree item. */
export async function openInbox(page: Page): Promise<void> {
  await page
    .getByRole("button", { name: "Inbox" })
    .or(page.getByRole("treeitem", { name: "Inbox" }))
    .first()
    .click();
}

/** Opens the Inbox and its first message in the reading view. */
export async function openFirstInboxMessage(page: Page): Promise<void> {
  await openInbox(page);
  await page
    .getByRole("main")
    .getByRole("option")
    .or(page.getByRole("main").getByRole("listitem"))
    .first()
    .click();
}
