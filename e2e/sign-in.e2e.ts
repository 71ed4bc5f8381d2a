// Sign-in end to end: real auth code + PKCE against the local provider, through the Office dialog (no NAA) and through Outlook's NAA broker, then GET /me with the token.
import { createHash } from "node:crypto";
import { expect, test, type BrowserContext, type FrameLocator, type Page } from "@playwright/test";
import { hostUrl, openFirstInboxMessage, taskPane } from "./support/workbench";

interface AuthTraffic {
  authorize: URL[];
  tokenBodies: { origin: string | undefined; form: URLSearchParams }[];
  graphMe: { authorization: string | undefined }[];
}

/** Records what the browser sent to the identity provider and to Graph's /me, from every page of the context. */
async function recordAuthTraffic(context: BrowserContext): Promise<AuthTraffic> {
  const traffic: AuthTraffic = { authorize: [], tokenBodies: [], graphMe: [] };
  context.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith("/oauth2/v2.0/authorize")) traffic.authorize.push(url);
    if (url.pathname === "/v1.0/me")
      traffic.graphMe.push({ authorization: request.headers().authorization });
  });
  // The token call is held while its headers are read: the dialog that made it closes right after,
  // and a closed page's request can no longer be asked for the Origin the network stack added.
  await context.route(
    (url) => url.pathname.endsWith("/oauth2/v2.0/token"),
    async (route) => {
      const request = route.request();
      if (request.method() === "POST") {
        const headers = await request.allHeaders();
        traffic.tokenBodies.push({
          origin: headers.origin,
          form: new URLSearchParams(request.postData() ?? ""),
        });
      }
      await route.continue();
    },
  );
  return traffic;
}

function base64UrlSha256(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}

async function openSettings(page: Page, query: string): Promise<FrameLocator> {
  await page.goto(`${hostUrl()}${query}`);
  await openFirstInboxMessage(page);
  await page.getByRole("button", { name: "Settings", exact: true }).click();
  return taskPane(page, "Settings");
}

async function signInThroughPopup(page: Page, pane: FrameLocator): Promise<void> {
  await expect(pane.getByText("Not signed in")).toBeVisible();
  const popupOpened = page.context().waitForEvent("page");
  await pane.getByRole("button", { name: "Sign in" }).click();
  const popup = await popupOpened;
  // The provider's authorize answers at once (no login page), so the window closes by itself.
  await popup.waitForEvent("close", { timeout: 20_000 });
}

async function expectSignedInView(pane: FrameLocator): Promise<void> {
  await expect(pane.getByText("Signed in as Alex Wilber (alex.wilber@contoso.com)")).toBeVisible();
  const permissions = pane.getByRole("list", { name: "Tempo permissions" });
  await expect(permissions.getByRole("listitem", { name: "User.Read" })).toContainText("Granted");
  await expect(permissions.getByRole("listitem", { name: "Mail.Send" })).toContainText(
    "Not granted",
  );
  await expect(pane.getByRole("button", { name: "Sign out" })).toBeVisible();
}

function expectPkceRoundTrip(traffic: AuthTraffic, expectedTokenOrigin: string): void {
  const authorize = traffic.authorize.at(-1);
  expect(authorize?.searchParams.get("code_challenge_method")).toBe("S256");
  const challenge = authorize?.searchParams.get("code_challenge") ?? "";
  const codeGrant = traffic.tokenBodies.find(
    (body) => body.form.get("grant_type") === "authorization_code",
  );
  const verifier = codeGrant?.form.get("code_verifier") ?? "";
  expect(verifier.length).toBeGreaterThanOrEqual(43);
  expect(base64UrlSha256(verifier)).toBe(challenge);
  expect(codeGrant?.origin).toBe(expectedTokenOrigin);
  expect(authorize?.searchParams.get("scope")).toContain("User.Read");
}

test("without NAA, Sign in runs code + PKCE in the Office dialog and Settings shows the user from GET /me", async ({
  page,
}) => {
  const traffic = await recordAuthTraffic(page.context());
  const pane = await openSettings(page, "?naa=0");

  await signInThroughPopup(page, pane);

  await expectSignedInView(pane);
  // The dialog runs on the panes' origin and redeems the code itself.
  expectPkceRoundTrip(traffic, "http://localhost:3000");
  expect(traffic.authorize.at(-1)?.searchParams.get("redirect_uri")).toBe(
    "http://localhost:3000/auth-dialog.html",
  );
  expect(traffic.graphMe.at(-1)?.authorization).toMatch(/^Bearer ey/);
});

test("with NAA, the pane's token comes from the host's broker, which ran code + PKCE itself", async ({
  page,
}) => {
  const traffic = await recordAuthTraffic(page.context());
  const pane = await openSettings(page, "?naa=1");

  await signInThroughPopup(page, pane);

  await expectSignedInView(pane);
  // As in Outlook: every token call comes from the host's origin, none from the pane's.
  expectPkceRoundTrip(traffic, "http://127.0.0.1:3000");
  const tokenOrigins = traffic.tokenBodies.map((body) => body.origin);
  expect(new Set(tokenOrigins)).toStrictEqual(new Set(["http://127.0.0.1:3000"]));
  expect(traffic.graphMe.at(-1)?.authorization).toMatch(/^Bearer ey/);
});
