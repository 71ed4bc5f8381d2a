// Issue #6 end to end: schedule from compose on a Mailbox 1.13 client (delayDeliveryTime) and an older one (Graph deferred send), the fake clock delivers, the console lists and cancels, and a Smart Alert stops an out-of-hours send.
import { expect, test, type FrameLocator, type Page } from "@playwright/test";
import { fakeGraph, hostUrl, openFirstInboxMessage, taskPane } from "./support/workbench";

const run = Date.now().toString(36);
const prospect = "priya.raman@fabrikam.com";

interface Delivery {
  readonly subject: string;
  readonly deliveredAt: string;
  readonly to: readonly string[];
}

interface HostMessage {
  readonly subject?: string;
  readonly heldUntil: string | null;
}

async function deliveriesOf(subject: string): Promise<Delivery[]> {
  const deliveries = await fakeGraph<Delivery[] | { value: Delivery[] }>("deliveries");
  const list = Array.isArray(deliveries) ? deliveries : deliveries.value;
  return list.filter((delivery) => delivery.subject === subject);
}

async function heldDraft(subject: string): Promise<HostMessage | undefined> {
  const drafts = await fakeGraph<{ value: HostMessage[] }>("folders/drafts/messages");
  return drafts.value.find((message) => message.subject === subject);
}

/** A reply from the prospect whose Date header says +0530, so the zone guess is Asia/Kolkata. */
async function deliverProspectMail(): Promise<void> {
  await fakeGraph("inbound", {
    message: {
      subject: `Re: our call (e2e send later ${run})`,
      body: { contentType: "text", content: "Thanks, talk soon." },
      from: { emailAddress: { name: "Priya Raman", address: prospect } },
      toRecipients: [{ emailAddress: { address: "alex.wilber@contoso.com" } }],
      receivedDateTime: new Date().toISOString(),
      internetMessageHeaders: [{ name: "Date", value: "Tue, 10 Mar 2026 09:15:00 +0530" }],
    },
  });
}

async function composeTo(page: Page, query: string, subject: string): Promise<FrameLocator> {
  await page.goto(`${hostUrl()}${query}`);
  await page.getByRole("button", { name: "New message" }).click();
  await page.getByLabel("To").fill(prospect);
  await page.getByLabel("Subject").fill(subject);
  await page.getByLabel("Body").fill("Following up on our call.");
  await page.getByRole("button", { name: "Tempo", exact: true }).click();
  return taskPane(page, "Tempo");
}

/** Opens the picker, signing in through Outlook's NAA broker popup when asked. */
async function openPicker(page: Page, pane: FrameLocator): Promise<void> {
  await pane.getByRole("button", { name: "Choose a send time" }).click();
  const signIn = pane.getByRole("button", { name: "Sign in" });
  const zone = pane.getByRole("combobox", { name: /Recipient's time zone/ });
  await expect(signIn.or(zone)).toBeVisible({ timeout: 20_000 });
  if (await signIn.isVisible()) {
    const popupOpened = page.context().waitForEvent("page");
    await signIn.click();
    const popup = await popupOpened;
    await popup.waitForEvent("close", { timeout: 20_000 });
  }
  await expect(zone).toHaveValue("Asia/Kolkata", { timeout: 20_000 });
  await expect(pane.getByText(/Guessed from the Date header of their last email/)).toBeVisible();
}

/** Picks "Next business morning": 08:00 on a weekday their time, inside business hours whatever today is. */
async function pickNextBusinessMorning(pane: FrameLocator): Promise<void> {
  await pane.getByRole("button", { name: /^Next business morning \(/ }).click();
  await expect(
    pane.getByText(/^Their time: .* 08:00 \(Asia\/Kolkata, UTC\+05:30\)\. Your time: /),
  ).toBeVisible();
}

async function openDashboard(page: Page): Promise<FrameLocator> {
  await openFirstInboxMessage(page);
  await page.getByRole("button", { name: "Dashboard", exact: true }).click();
  return taskPane(page, "Dashboard");
}

test.beforeAll(async () => {
  await deliverProspectMail();
});

// The panes take "now" from the browser; scenarios that moved the fake clock ahead must not leave it there,
// or a time Tempo schedules would already be past for the fake Exchange and go out at once.
test.beforeEach(async () => {
  await fakeGraph("clock", { set: new Date().toISOString() });
});

test("a Mailbox 1.13 client sets the delivery time; Exchange holds it; the console lists it and cancels it", async ({
  page,
}) => {
  const subject = `Pricing (e2e send later 1.13 ${run})`;
  const pane = await composeTo(page, "?mailbox=1.13", subject);
  await openPicker(page, pane);
  await pickNextBusinessMorning(pane);
  await pane.getByRole("button", { name: "Set delivery time" }).click();
  await expect(pane.getByText(/^Delivery set for .*Select Send now/)).toBeVisible();
  await page.getByRole("button", { name: "Send", exact: true }).click();

  const held = await expect
    .poll(async () => (await heldDraft(subject))?.heldUntil ?? null, { timeout: 15_000 })
    .not.toBeNull()
    .then(() => heldDraft(subject));
  expect(await deliveriesOf(subject)).toStrictEqual([]);

  const dashboard = await openDashboard(page);
  const row = dashboard.getByRole("listitem", { name: subject });
  await expect(
    row.getByText(/^Sends .* 08:00 \(Asia\/Kolkata, UTC\+05:30\) their time; /),
  ).toBeVisible({
    timeout: 20_000,
  });
  await row.getByRole("button", { name: "Cancel send" }).click();
  await expect(
    dashboard.getByText(`"${subject}" will not be sent. It is back in Drafts.`),
  ).toBeVisible();
  await expect(dashboard.getByRole("listitem", { name: subject })).toHaveCount(0);

  const backInDrafts = await heldDraft(subject);
  expect(backInDrafts?.heldUntil).toBeNull();
  await fakeGraph("clock", {
    set: new Date(Date.parse(held?.heldUntil ?? "") + 60_000).toISOString(),
  });
  expect(await deliveriesOf(subject)).toStrictEqual([]);
});

test("an older client (Mailbox 1.12) schedules through Graph, and the fake Graph delivers it at the time, not before", async ({
  page,
}) => {
  const subject = `Next steps (e2e send later 1.12 ${run})`;
  const pane = await composeTo(page, "?mailbox=1.12", subject);
  await openPicker(page, pane);
  await pickNextBusinessMorning(pane);
  await pane.getByRole("button", { name: "Schedule send" }).click();
  // Graph holds the message now; Tempo closes the compose form so it cannot be sent twice.
  await expect(page.getByRole("form", { name: "New message" })).toHaveCount(0, { timeout: 20_000 });

  const held = await heldDraft(subject);
  const heldUntilMs = Date.parse(held?.heldUntil ?? "");
  expect(Number.isNaN(heldUntilMs)).toBe(false);
  await fakeGraph("clock", { set: new Date(heldUntilMs - 60_000).toISOString() });
  expect(await deliveriesOf(subject)).toStrictEqual([]);
  await fakeGraph("clock", { set: new Date(heldUntilMs + 1_000).toISOString() });
  const delivered = await deliveriesOf(subject);
  expect(
    delivered.map((delivery) => [delivery.to, Date.parse(delivery.deliveredAt) >= heldUntilMs]),
  ).toStrictEqual([[[prospect], true]]);
});

test("a send outside the prospect's business hours raises a Smart Alert with Send Anyway", async ({
  page,
}) => {
  // A zone where it is the middle of the night now, remembered for the prospect as the pane would.
  const zones = [
    "Pacific/Kiritimati",
    "Asia/Tokyo",
    "Asia/Kolkata",
    "Europe/London",
    "America/New_York",
    "Pacific/Honolulu",
  ];
  const nightZone = zones.find((zone) => {
    const hour = Number(
      new Intl.DateTimeFormat("en-GB", {
        timeZone: zone,
        hour: "2-digit",
        hourCycle: "h23",
      }).format(new Date()),
    );
    return hour < 6 || hour >= 20;
  });
  expect(nightZone).toBeDefined();
  await page.goto(hostUrl());
  await page.evaluate((zone) => {
    localStorage.setItem(
      "tempo-workbench-roaming",
      JSON.stringify({ sendLaterProspectZones: [{ a: "priya.raman@fabrikam.com", z: zone }] }),
    );
  }, nightZone ?? "");
  const subject = `Late note (e2e send later alert ${run})`;
  await composeTo(page, "", subject);
  await page.getByRole("button", { name: "Send", exact: true }).click();
  const alert = page.getByRole("alertdialog");
  await expect(alert).toContainText("outside business hours", { timeout: 20_000 });
  await expect(alert.getByRole("button", { name: "Send Anyway" })).toBeVisible();
  await expect(alert.getByRole("button", { name: "Schedule for 08:30" })).toBeVisible();
  await alert.getByRole("button", { name: "Don't Send" }).click();
  expect(await deliveriesOf(subject)).toStrictEqual([]);
});
