// The workbench opens like Outlook on the web and every Tempo pane opens from its ribbon button, with no accessibility violations.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { hostUrl, openFirstInboxMessage, taskPane } from "./support/workbench";

/** Runs axe over the host page and, through it, every pane frame; a pane that axe did not reach fails the check. */
async function expectNoAxeViolations(page: Page, paneLabel?: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`,
  );
  expect(summary).toStrictEqual([]);
  if (paneLabel !== undefined) {
    // axe addresses a node inside a frame as [frame selector, selector]: some must come from the pane.
    await expect(page.locator(`iframe[title="Tempo task pane: ${paneLabel}"]`)).toBeVisible();
    const checkedInFrames = results.passes.some((rule) =>
      rule.nodes.some((node) => node.target.length > 1),
    );
    expect(checkedInFrames).toBe(true);
  }
}

async function openHostOnFirstInboxMessage(page: Page): Promise<void> {
  await page.goto(hostUrl());
  await openFirstInboxMessage(page);
}

test("the workbench shows the demo inbox and a reading view", async ({ page }) => {
  await openHostOnFirstInboxMessage(page);
  await expect(page.getByRole("navigation")).toBeVisible();
  await expect(page.getByRole("main")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the read pane opens from the ribbon and shows the message it was opened on", async ({
  page,
}) => {
  await openHostOnFirstInboxMessage(page);
  await page.getByRole("button", { name: "Tempo", exact: true }).click();
  const pane = taskPane(page, "Tempo");
  await expect(pane.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(pane.getByText("Sign in to Tempo to see activity here.")).toBeVisible();
  await expectNoAxeViolations(page, "Tempo");
});

test("the dashboard opens signed out and asks the rep to sign in", async ({ page }) => {
  await openHostOnFirstInboxMessage(page);
  await page.getByRole("button", { name: "Dashboard", exact: true }).click();
  const pane = taskPane(page, "Dashboard");
  await expect(pane.getByText("Sign in to see your tracked emails.")).toBeVisible();
  await expectNoAxeViolations(page, "Dashboard");
});

test("settings open with permissions and the client's requirement sets", async ({ page }) => {
  await openHostOnFirstInboxMessage(page);
  await page.getByRole("button", { name: "Settings", exact: true }).click();
  const pane = taskPane(page, "Settings");
  await expect(pane.getByRole("heading", { name: "Permissions" })).toBeVisible();
  await expectNoAxeViolations(page, "Settings");
});

test("the compose pane opens on a new message and sees its recipients", async ({ page }) => {
  await page.goto(hostUrl());
  await page.getByRole("button", { name: "New message" }).click();
  await page.getByLabel("To").fill("prospect@fabrikam.com");
  await page.getByRole("button", { name: "Tempo", exact: true }).click();
  const pane = taskPane(page, "Tempo");
  await expect(pane.getByText("1 external", { exact: false })).toBeVisible();
  await expectNoAxeViolations(page, "Tempo");
});

test("a pane follows a dark Office theme", async ({ page }) => {
  await page.goto(`${hostUrl()}?theme=dark`);
  await page.getByRole("button", { name: "New message" }).click();
  await page.getByRole("button", { name: "Tempo", exact: true }).click();
  const body = taskPane(page, "Tempo").locator("body");
  await expect(body).toBeVisible();
  const background = await taskPane(page, "Tempo")
    .locator(".fui-FluentProvider")
    .first()
    .evaluate((element) => getComputedStyle(element).backgroundColor);
  const channels = (background.match(/\d+/g) ?? []).slice(0, 3).map(Number);
  const luminance = channels.reduce((sum, channel) => sum + channel, 0) / 3;
  expect(luminance).toBeLessThan(80);
});
