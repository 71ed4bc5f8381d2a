import { isAppError, type AppError } from "../../core/errors/app-error";
import { serializeAuthDialogResult } from "./auth-dialog-protocol";
import { OfficeDialogError } from "./map-msal-error";
import { MsalTokenProvider, type MsalTokenProviderOptions } from "./msal-token-provider";
import {
  alex,
  buildAccessToken,
  createFakeFactory,
  createFakeHost,
  createFakeMsalClient,
  fixedNowMs,
  interactionRequired,
} from "./__fixtures__/fake-msal-client";

const settings = {
  clientId: "d638ed90-0eaf-4524-a4db-0e8df53e8116",
  authority: "https://localhost:8443/378087a5-27cb-47cf-87b5-62a739856475",
  redirectUri: "http://localhost:3000/auth-dialog.html",
};

function buildProvider(
  overrides: Partial<MsalTokenProviderOptions> & Pick<MsalTokenProviderOptions, "host" | "clients">,
) {
  return new MsalTokenProvider({ settings, nowMs: () => fixedNowMs, ...overrides });
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

function dialogSuccess(scopes: string[]): string {
  return serializeAuthDialogResult({
    status: "success",
    accessToken: buildAccessToken(scopes),
    expiresOnIso: new Date(fixedNowMs + 3600_000).toISOString(),
    scopes,
    account: {
      homeAccountId: alex.homeAccountId,
      username: alex.username,
      displayName: "Alex Wilber",
      tenantId: alex.tenantId,
    },
  });
}

describe("MsalTokenProvider: choosing NAA or the dialog", () => {
  it("uses nested app auth when the host supports NestedAppAuth 1.1", async () => {
    const nested = createFakeMsalClient([alex]);
    const clients = createFakeFactory(nested, createFakeMsalClient());
    const provider = buildProvider({ host: createFakeHost({ naa: true }), clients });

    await provider.getAccessToken({ scopes: ["User.Read"] });

    expect(await provider.getAuthMode()).toBe("nested");
    expect(clients.createNestable).toHaveBeenCalledTimes(1);
    expect(clients.createStandard).not.toHaveBeenCalled();
    expect(nested.acquireTokenSilent).toHaveBeenCalledWith(
      expect.objectContaining({ scopes: ["User.Read"], account: alex }),
    );
  });

  it("uses the dialog flow with a standard client when the host lacks NAA", async () => {
    const clients = createFakeFactory(createFakeMsalClient(), createFakeMsalClient([alex]));
    const provider = buildProvider({ host: createFakeHost({ naa: false }), clients });

    expect(await provider.getAuthMode()).toBe("dialog");
    expect(clients.createNestable).not.toHaveBeenCalled();
    const configuration = clients.createStandard.mock.calls[0] as unknown[];
    expect(configuration[0]).toStrictEqual({
      auth: {
        clientId: settings.clientId,
        authority: settings.authority,
        redirectUri: settings.redirectUri,
        knownAuthorities: ["localhost:8443"],
      },
      cache: { cacheLocation: "localStorage" },
    });
  });

  it("falls back to the dialog when the host claims NAA but its bridge never answers", async () => {
    const never = new Promise<never>(() => undefined);
    const clients = createFakeFactory(never, createFakeMsalClient([alex]));
    const provider = buildProvider({
      host: createFakeHost({ naa: true }),
      clients,
      timeouts: { createMs: 10 },
    });

    expect(await provider.getAuthMode()).toBe("dialog");
  });
});

describe("MsalTokenProvider under NAA", () => {
  it("opens the popup only when the silent call needs interaction", async () => {
    const nested = createFakeMsalClient([alex]);
    nested.acquireTokenSilent.mockRejectedValueOnce(interactionRequired());
    const provider = buildProvider({
      host: createFakeHost({ naa: true }),
      clients: createFakeFactory(nested, createFakeMsalClient()),
    });

    const token = await provider.getAccessToken({ scopes: ["Mail.Send"] });

    expect(token).toBe(buildAccessToken(["Mail.Send"]));
    expect(nested.acquireTokenPopup).toHaveBeenCalledWith({
      scopes: ["Mail.Send"],
      loginHint: alex.username,
      claims: undefined,
    });
    expect(provider.getGrantedScopes()).toStrictEqual(["Mail.Send"]);
  });

  it("does not open a popup for a failure interaction cannot fix", async () => {
    const nested = createFakeMsalClient([alex]);
    nested.acquireTokenSilent.mockRejectedValueOnce(
      Object.assign(new Error("offline"), { errorCode: "no_network_connectivity" }),
    );
    const provider = buildProvider({
      host: createFakeHost({ naa: true }),
      clients: createFakeFactory(nested, createFakeMsalClient()),
    });

    const error = await rejection(provider.getAccessToken({ scopes: ["User.Read"] }));

    expect(error.code).toBe("auth_network");
    expect(nested.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("asks the host with the mailbox hint (ssoSilent) when the pane has no account yet", async () => {
    const nested = createFakeMsalClient([]);
    const provider = buildProvider({
      host: createFakeHost({ naa: true }),
      clients: createFakeFactory(nested, createFakeMsalClient()),
    });

    const account = await provider.restoreSignIn();

    expect(nested.ssoSilent).toHaveBeenCalledWith({
      scopes: ["User.Read"],
      loginHint: alex.username,
      claims: undefined,
    });
    expect(account).toStrictEqual({
      homeAccountId: alex.homeAccountId,
      username: alex.username,
      displayName: "Alex Wilber",
      tenantId: alex.tenantId,
    });
  });

  it("gives up on a silent bridge call after its own timeout", async () => {
    const nested = createFakeMsalClient([alex]);
    nested.acquireTokenSilent.mockReturnValueOnce(new Promise(() => undefined));
    const provider = buildProvider({
      host: createFakeHost({ naa: true }),
      clients: createFakeFactory(nested, createFakeMsalClient()),
      timeouts: { silentMs: 10 },
    });

    const error = await rejection(provider.getAccessToken({ scopes: ["User.Read"] }));

    expect(error.code).toBe("auth_host_unresponsive");
  });

  it("restoring a sign-in never opens a popup", async () => {
    const nested = createFakeMsalClient([]);
    nested.ssoSilent.mockRejectedValueOnce(interactionRequired("login_required"));
    const provider = buildProvider({
      host: createFakeHost({ naa: true }),
      clients: createFakeFactory(nested, createFakeMsalClient()),
    });

    expect(await provider.restoreSignIn()).toBeNull();
    expect(nested.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("restores to signed out when the host has no account (bridge interaction required, any inner code)", async () => {
    const nested = createFakeMsalClient([]);
    // MSAL turns the bridge's USER_INTERACTION_REQUIRED into InteractionRequiredAuthError(innerCode).
    nested.ssoSilent.mockRejectedValue(interactionRequired("no_account"));
    const provider = buildProvider({
      host: createFakeHost({ naa: true }),
      clients: createFakeFactory(nested, createFakeMsalClient()),
    });

    const restored = await Promise.all([provider.restoreSignIn(), provider.restoreSignIn()]);

    expect(restored).toStrictEqual([null, null]);
    expect(nested.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("maps a blocked consent in the popup to ask-your-admin with the tenant's admin-consent link", async () => {
    const nested = createFakeMsalClient([alex]);
    nested.acquireTokenSilent.mockRejectedValueOnce(interactionRequired("consent_required"));
    nested.acquireTokenPopup.mockRejectedValueOnce(
      Object.assign(new Error("x"), {
        errorCode: "consent_required",
        errorMessage: "AADSTS65001: not consented",
      }),
    );
    const provider = buildProvider({
      host: createFakeHost({ naa: true }),
      clients: createFakeFactory(nested, createFakeMsalClient()),
    });

    const error = await rejection(provider.getAccessToken({ scopes: ["Calendars.ReadBasic"] }));

    expect(error.code).toBe("auth_consent_required");
    const url = new URL(String(error.details?.adminConsentUrl));
    expect(url.pathname).toBe("/378087a5-27cb-47cf-87b5-62a739856475/v2.0/adminconsent");
    expect(url.searchParams.get("client_id")).toBe(settings.clientId);
    expect(url.searchParams.get("scope")?.split(" ")).toContain(
      "https://graph.microsoft.com/Calendars.ReadBasic",
    );
  });
});

describe("MsalTokenProvider with a claims challenge", () => {
  const claims = '{"access_token":{"nbf":{"essential":true,"value":"1700000000"}}}';

  it("passes the claims to acquireTokenSilent and skips the cache (NAA)", async () => {
    const nested = createFakeMsalClient([alex]);
    const provider = buildProvider({
      host: createFakeHost({ naa: true }),
      clients: createFakeFactory(nested, createFakeMsalClient()),
    });

    await provider.getAccessToken({ scopes: ["Mail.Read"], claims, forceRefresh: true });

    expect(nested.acquireTokenSilent).toHaveBeenCalledWith({
      scopes: ["Mail.Read"],
      account: alex,
      claims,
      forceRefresh: true,
    });
  });

  it("carries the claims into the dialog when the silent call cannot satisfy them", async () => {
    const standard = createFakeMsalClient([]);
    const host = createFakeHost({
      naa: false,
      dialogAnswers: [dialogSuccess(["Mail.Read"]), dialogSuccess(["Mail.Read"])],
    });
    const provider = buildProvider({
      host,
      clients: createFakeFactory(createFakeMsalClient(), standard),
    });
    await provider.getAccessToken({ scopes: ["Mail.Read"] });

    await provider.getAccessToken({ scopes: ["Mail.Read"], claims });

    // The second call must not be answered from the dialog token kept in memory.
    expect(host.openDialog).toHaveBeenCalledTimes(2);
    const secondUrl = new URL(String(host.openDialog.mock.calls[1]?.[0]));
    expect(secondUrl.searchParams.get("tempo_claims")).toBe(claims);
  });
});

describe("MsalTokenProvider without NAA (Office dialog)", () => {
  it("signs in through the dialog, keeps its token, and reads granted scopes from scp", async () => {
    const host = createFakeHost({ naa: false, dialogAnswers: [dialogSuccess(["User.Read"])] });
    const provider = buildProvider({
      host,
      clients: createFakeFactory(createFakeMsalClient(), createFakeMsalClient([])),
    });

    const account = await provider.signIn();
    const again = await provider.getAccessToken({ scopes: ["User.Read"] });

    expect(account.username).toBe(alex.username);
    expect(again).toBe(buildAccessToken(["User.Read"]));
    expect(host.openDialog).toHaveBeenCalledTimes(1);
    const url = new URL(String(host.openDialog.mock.calls[0]?.[0]));
    expect(`${url.origin}${url.pathname}`).toBe(settings.redirectUri);
    expect(url.searchParams.get("tempo_scopes")).toBe("User.Read");
    expect(url.searchParams.get("tempo_login_hint")).toBe(alex.username);
    expect(provider.getGrantedScopes()).toStrictEqual(["User.Read"]);
  });

  it("uses the pane's own cache silently when it knows the account", async () => {
    const standard = createFakeMsalClient([alex]);
    const host = createFakeHost({ naa: false });
    const provider = buildProvider({
      host,
      clients: createFakeFactory(createFakeMsalClient(), standard),
    });

    await provider.getAccessToken({ scopes: ["User.Read"] });

    expect(standard.acquireTokenSilent).toHaveBeenCalledTimes(1);
    expect(host.openDialog).not.toHaveBeenCalled();
  });

  it.each([
    [
      "the user closes the dialog (12006)",
      new OfficeDialogError(12006, "closed"),
      "auth_user_cancelled",
    ],
    [
      "the dialog is blocked (12009)",
      new OfficeDialogError(12009, "blocked"),
      "auth_popup_blocked",
    ],
    [
      "the dialog reports a user not assigned",
      serializeAuthDialogResult({
        status: "error",
        errorCode: "access_denied",
        subError: "",
        errorMessage: "AADSTS50105: not assigned",
      }),
      "auth_user_not_assigned",
    ],
  ])("maps %s", async (_scenario, answer, expected) => {
    const host = createFakeHost({ naa: false, dialogAnswers: [answer] });
    const provider = buildProvider({
      host,
      clients: createFakeFactory(createFakeMsalClient(), createFakeMsalClient([])),
    });

    const error = await rejection(provider.signIn());

    expect(error.code).toBe(expected);
  });

  it("does not open the dialog where interaction is not allowed (event runtime)", async () => {
    const host = createFakeHost({ naa: false });
    const provider = buildProvider({
      host,
      clients: createFakeFactory(createFakeMsalClient(), createFakeMsalClient([])),
      allowInteraction: false,
    });

    const error = await rejection(provider.getAccessToken({ scopes: ["Mail.Read"] }));

    expect(error.code).toBe("auth_interaction_required");
    expect(host.openDialog).not.toHaveBeenCalled();
  });

  it("signing out clears the pane's cache and forgets the dialog's tokens", async () => {
    const standard = createFakeMsalClient([]);
    const host = createFakeHost({ naa: false, dialogAnswers: [dialogSuccess(["User.Read"])] });
    const provider = buildProvider({
      host,
      clients: createFakeFactory(createFakeMsalClient(), standard),
    });
    await provider.signIn();

    await provider.signOut();

    expect(standard.clearCache).toHaveBeenCalledTimes(1);
    expect(provider.getSignedInAccount()).toBeNull();
    expect(provider.getGrantedScopes()).toStrictEqual([]);
    expect(await provider.restoreSignIn()).toBeNull();
  });

  it("tells every listener once when the account changes, not on each token", async () => {
    const host = createFakeHost({ naa: false, dialogAnswers: [dialogSuccess(["User.Read"])] });
    const provider = buildProvider({
      host,
      clients: createFakeFactory(createFakeMsalClient(), createFakeMsalClient([])),
    });
    const heard: Array<string | null> = [];
    const stopListening = provider.onAccountChanged((account) =>
      heard.push(account?.username ?? null),
    );

    await provider.signIn();
    await provider.getAccessToken({ scopes: ["User.Read"] });
    await provider.signOut();
    stopListening();
    await provider.signIn().catch(() => undefined);

    expect(heard).toStrictEqual([alex.username, null]);
  });
});
