// Share availability and book: insert free times (with holds) into a new message, the prospect replies "Thursday at 2:30 works", Book creates the meeting and releases the holds.
import { expect, test, type Page, type Request } from "@playwright/test";
import { fakeGraph, hostUrl, openInbox, taskPane } from "./support/workbench";

// Hannah does not answer on her own in the workbench (demo responders), so the only reply is the scripted one.
const prospect = { name: "Hannah Schmidt", address: "hannah.schmidt@tailspintoys.com" };
const subject = "Times for a call (e2e availability)";

interface EventWrite {
  method: string;
  path: string;
  body: Record<string, unknown> | undefined;
  status: number;
  response: Record<string, unknown> | undefined;
}

/** Every POST/DELETE on /v1.0/me/events the panes make, with Graph's answer. */
function recordEventWrites(page: Page): EventWrite[] {
  const writes: EventWrite[] = [];
  page.context().on("requestfinished", (request: Request) => {
    const url = new URL(request.url());
    const isEventWrite =
      url.pathname.startsWith("/v1.0/me/events") && ["POST", "DELETE"].includes(request.method());
    if (!isEventWrite) return;
    void request.response().then(async (response) => {
      const text = response ? await response.text().catch(() => "") : "";
      writes.push({
        method: request.method(),
        path: url.pathname,
        body: request.postDataJSON() as Record<string, unknown> | undefined,
        status: response?.status() ?? 0,
        response: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
      });
    });
  });
  return writes;
}

/**
 * The instant "Thursday at 2:30" names when said at `sentMs` in Los Angeles: the next Thursday
 * (today if it is Thursday before 14:30), at 14:30 Pacific. Computed with Intl only.
 */
function expectedThursdayUtc(sentMs: number): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone: "America/Los_Angeles",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      weekday: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(sentMs)
      .map((part) => [part.type, part.value]),
  );
  const weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const today = weekdays.indexOf(parts.weekday ?? "");
  const minutes = Number(parts.hour) * 60 + Number(parts.minute);
  let ahead = (4 - today + 7) % 7;
  if (ahead === 0 && minutes >= 14 * 60 + 30) ahead = 7;
  const localDate = new Date(
    Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day) + ahead),
  );
  // 14:30 in Los Angeles is 22:30Z (PST) or 21:30Z (PDT); pick the one that reads 14:30 there.
  for (const hourUtc of [22, 21]) {
    const candidate = Date.UTC(
      localDate.getUTCFullYear(),
      localDate.getUTCMonth(),
      localDate.getUTCDate(),
      hourUtc,
      30,
    );
    const local = new Intl.DateTimeFormat("en-US", {
      timeZone: "America/Los_Angeles",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).format(candidate);
    if (local === "14:30") return new Date(candidate).toISOString();
  }
  throw new Error("no 14:30 on that day in Los Angeles");
}

/** The Sent Items copy appears asynchronously, as in Exchange; poll for its Message-ID. */
async function findSentMessageId(wanted: string): Promise<string> {
  for (let attempt = 0; attempt < 30; attempt += 1) {
    const list = await fakeGraph<{
      value: Array<{ subject?: string; internetMessageId?: string }>;
    }>("folders/sentitems/messages");
    const id = list.value.find((message) => message.subject === wanted)?.internetMessageId;
    if (id) return id;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`"${wanted}" never reached Sent Items`);
}

test("insert availability, the prospect replies 'Thursday at 2:30 works', Book creates the meeting and releases the holds", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const writes = recordEventWrites(page);
  await page.goto(hostUrl());
  await page.getByRole("button", { name: "New message" }).click();
  await page.getByLabel("To").fill(prospect.address);
  await page.getByLabel("Subject").fill(subject);
  await page.getByRole("button", { name: "Tempo", exact: true }).click();

  const compose = taskPane(page, "Tempo");
  await compose.getByRole("button", { name: "Find free times" }).click();
  const grid = compose.getByRole("table", { name: "Free times this week and next" });
  await expect(grid).toBeVisible({ timeout: 30_000 });
  await compose.getByLabel("Recipient's time zone").selectOption("America/Los_Angeles");
  await compose.getByLabel("Language of the times").selectOption("en-US");
  const thursday = grid.getByRole("button", { name: /^Thursday\b.*\b2:30\s?PM$/ }).first();
  if ((await thursday.getAttribute("aria-pressed")) !== "true") await thursday.click();
  await expect(thursday).toHaveAttribute("aria-pressed", "true");
  await compose.getByRole("switch", { name: /Hold these times on my calendar/ }).check();
  const insertButton = compose.getByRole("button", { name: /^Insert \d+ times$/ });
  const offeredCount = Number(/\d+/.exec((await insertButton.textContent()) ?? "")?.[0]);
  await insertButton.click();
  await expect(
    compose.getByRole("status").filter({ hasText: "Held on your calendar" }),
  ).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByLabel("Body")).toHaveValue(
    /2:30 PM–3:00 PM.*\(Pacific Time — Los Angeles\)/,
  );
  // Writes are recorded as their responses are read, a moment after the pane saw them: wait for all.
  const isHold = (w: EventWrite) => w.method === "POST" && w.body?.showAs === "tentative";
  await expect.poll(() => writes.filter(isHold).length).toBe(offeredCount);
  const holds = writes.filter(isHold);
  expect(holds.every((w) => w.status === 201)).toBe(true);

  await page.getByRole("button", { name: "Send", exact: true }).click();
  const sent = await findSentMessageId(subject);

  const sentMs = Date.now();
  await fakeGraph("inbound", {
    message: {
      subject: `RE: ${subject}`,
      body: {
        contentType: "text",
        content: "Thursday at 2:30 works\n\nOn Monday, Alex Wilber wrote:\n> Here are some times",
      },
      from: { emailAddress: prospect },
      sender: { emailAddress: prospect },
      toRecipients: [{ emailAddress: { name: "Alex Wilber", address: "alex.wilber@contoso.com" } }],
      sentDateTime: new Date(sentMs).toISOString(),
      receivedDateTime: new Date(sentMs).toISOString(),
      internetMessageId: "<availability-e2e-reply@fabrikam.com>",
      internetMessageHeaders: [
        { name: "In-Reply-To", value: sent },
        { name: "References", value: sent },
      ],
    },
  });

  await page.reload();
  await openInbox(page);
  await page
    .getByRole("region", { name: "Message list" })
    .getByRole("button", { name: new RegExp(`RE: ${subject.replace(/[()]/g, "\\$&")}`) })
    .click();
  await page.getByRole("button", { name: "Tempo", exact: true }).click();
  const read = taskPane(page, "Tempo");
  await read.getByRole("button", { name: "Find proposed times" }).click();
  await expect(read.getByText(/^Proposed: .*“Thursday at 2:30”/)).toBeVisible({ timeout: 30_000 });
  await read.getByRole("button", { name: /^Book / }).click();
  await expect(read.getByRole("status").filter({ hasText: "Booked" })).toContainText(
    `invited ${prospect.name}, with a Teams link. Released ${holds.length} held times.`,
    { timeout: 30_000 },
  );

  const expectedStart = expectedThursdayUtc(sentMs);
  const isMeeting = (w: EventWrite) => w.method === "POST" && w.body?.showAs === "busy";
  await expect.poll(() => writes.some(isMeeting)).toBe(true);
  const meeting = writes.find(isMeeting);
  expect(meeting?.status).toBe(201);
  expect(meeting?.body?.start).toStrictEqual({
    dateTime: expectedStart.replace(/Z$/, ""),
    timeZone: "UTC",
  });
  expect(meeting?.body?.attendees).toStrictEqual([
    { type: "required", emailAddress: { address: prospect.address, name: prospect.name } },
  ]);
  expect((meeting?.response?.onlineMeeting as { joinUrl?: string } | undefined)?.joinUrl).toMatch(
    /^https:\/\/teams\.microsoft\.com\//,
  );
  const holdIds = holds.map((w) => String(w.response?.id)).sort();
  const deletedIds = () =>
    writes
      .filter((w) => w.method === "DELETE" && w.status === 204)
      .map((w) => decodeURIComponent(w.path.split("/").pop() ?? ""))
      .sort();
  await expect.poll(deletedIds).toStrictEqual(holdIds);
  const invitations = await fakeGraph<{ value: Array<{ via: string; to: string[] }> }>(
    "deliveries",
  );
  expect(
    invitations.value.filter((d) => d.via === "event-invitation").map((d) => d.to),
  ).toContainEqual([prospect.address]);
});
