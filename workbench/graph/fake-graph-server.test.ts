// End-to-end tests over real HTTP: auth, scopes, CORS, OData errors, extended-property filters, InefficientFilter, paging.
import { errorOf, makeToken, startTestGraph, trackIdProperty, valuesOf } from "./test-support";
import type { FakeGraph } from "./fake-graph-server";
import type { Caller } from "./test-support";

let graph: FakeGraph;
let call: Caller;

beforeAll(async () => {
  ({ graph, call } = await startTestGraph());
});
afterAll(async () => graph.close());

describe("authentication", () => {
  it("answers 401 InvalidAuthenticationToken with Graph's WWW-Authenticate when the token is missing", async () => {
    const result = await call("GET", "/me", { token: null });
    expect(errorOf(result)).toStrictEqual({ status: 401, code: "InvalidAuthenticationToken" });
    expect(result.headers.get("www-authenticate")).toBe(
      'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"',
    );
  });

  it("answers 401 for a garbled token and for an expired one", async () => {
    const garbled = await call("GET", "/me", { token: "not-a-jwt" });
    const expired = await call("GET", "/me", { token: makeToken({ expiresInSeconds: -60 }) });
    expect([errorOf(garbled), errorOf(expired)]).toStrictEqual([
      { status: 401, code: "InvalidAuthenticationToken" },
      { status: 401, code: "InvalidAuthenticationToken" },
    ]);
    expect((expired.body as { error: { message: string } }).error.message).toBe(
      "Lifetime validation failed, the token is expired.",
    );
  });

  it("returns the error body with innerError ids echoing client-request-id", async () => {
    const result = await call("GET", "/me", {
      token: null,
      headers: { "client-request-id": "abc-123" },
    });
    const body = result.body as { error: { innerError: Record<string, string> } };
    expect(body.error.innerError["client-request-id"]).toBe("abc-123");
    expect(result.headers.get("client-request-id")).toBe("abc-123");
    expect(result.headers.get("request-id")).toBe(body.error.innerError["request-id"]);
  });
});

describe("scopes", () => {
  it("denies GET /me/messages with only Calendars.Read (403 ErrorAccessDenied) and allows it with Mail.ReadBasic", async () => {
    const denied = await call("GET", "/me/messages?$select=subject", {
      token: makeToken({ scopes: "Calendars.Read" }),
    });
    const allowed = await call("GET", "/me/messages?$select=subject", {
      token: makeToken({ scopes: "Mail.ReadBasic" }),
    });
    expect([errorOf(denied), allowed.status]).toStrictEqual([
      { status: 403, code: "ErrorAccessDenied" },
      200,
    ]);
  });

  it("denies POST /me/sendMail with Mail.ReadWrite only, since Mail.Send is the listed permission", async () => {
    const result = await call("POST", "/me/sendMail", {
      token: makeToken({ scopes: "Mail.ReadWrite" }),
      body: { message: {} },
    });
    expect(errorOf(result)).toStrictEqual({ status: 403, code: "ErrorAccessDenied" });
  });

  it("denies $select=body and extended-property $expand to a Mail.ReadBasic-only token", async () => {
    const token = makeToken({ scopes: "Mail.ReadBasic" });
    const body = await call("GET", "/me/messages?$select=subject,body", { token });
    const expand = await call(
      "GET",
      `/me/messages?$expand=singleValueExtendedProperties($filter=id eq '${trackIdProperty}')`,
      { token },
    );
    expect([errorOf(body), errorOf(expand)]).toStrictEqual([
      { status: 403, code: "ErrorAccessDenied" },
      { status: 403, code: "ErrorAccessDenied" },
    ]);
  });

  it("allows a path missing from permissions.json (/me/calendarView) with any token", async () => {
    const result = await call(
      "GET",
      "/me/calendarView?startDateTime=2025-03-12T00:00:00Z&endDateTime=2025-03-13T00:00:00Z",
      { token: makeToken({ scopes: "User.Read" }) },
    );
    expect(result.status).toBe(200);
  });
});

describe("user and settings", () => {
  it("answers GET /me?$select=displayName,mail with just those properties", async () => {
    const result = await call("GET", "/me?$select=displayName,mail");
    expect(result.body).toStrictEqual({
      "@odata.context": `${graph.graphUrl}/$metadata#users/$entity`,
      displayName: "Alex Wilber",
      mail: "alex.wilber@contoso.com",
    });
  });
});

describe("CORS", () => {
  it("answers a preflight with 204 and exposes Retry-After, request-id, client-request-id and Location", async () => {
    const response = await fetch(`${graph.graphUrl}/me/messages`, {
      method: "OPTIONS",
      headers: {
        Origin: "http://localhost:3000",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "authorization,prefer",
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-headers")).toBe("authorization,prefer");
    expect(response.headers.get("access-control-expose-headers")).toContain(
      "Retry-After, request-id, client-request-id, Location",
    );
  });
});

describe("OData errors", () => {
  it.each([
    ["/me/messages?$select=subject,bogus", 400, "RequestBroker--ParseUri"],
    ["/me/messages?$filter=subject eq", 400, "BadRequest"],
    ["/me/messages?$top=1001", 400, "BadRequest"],
    ["/me/messages?$search=hello", 400, "BadRequest"],
    ["/me/messages?$top=1&$top=2", 400, "BadRequest"],
    ["/me/mailFolders/inbox/nonsense", 400, "BadRequest"],
    ["/me/messages/not-an-id", 400, "ErrorInvalidIdMalformed"],
    ["/me/messages/AAMkAGRmZTQ5AAAAAAAAAAAAAAAAAAAAAAAAAAA=", 404, "ErrorItemNotFound"],
    ["/users/someone@else.com/messages", 404, "ErrorInvalidUser"],
  ])("GET %s → %i %s", async (path, status, code) => {
    expect(errorOf(await call("GET", path))).toStrictEqual({ status, code });
  });

  it("rejects a message body with an unknown property or a wrong type with 400 RequestBodyRead", async () => {
    const unknown = await call("POST", "/me/messages", { body: { subject: "x", colour: "red" } });
    const wrongType = await call("POST", "/me/messages", { body: { subject: "x", isRead: "yes" } });
    const badJson = await call("POST", "/me/messages", { body: "{not json" });
    expect([errorOf(unknown), errorOf(wrongType), errorOf(badJson)]).toStrictEqual([
      { status: 400, code: "RequestBodyRead" },
      { status: 400, code: "RequestBodyRead" },
      { status: 400, code: "BadRequest" },
    ]);
  });
});

describe("$filter on extended properties and InefficientFilter", () => {
  const anyFilter = (id: string, valueClause: string): string =>
    `/me/mailFolders/sentitems/messages?$select=subject&$filter=${encodeURIComponent(`singleValueExtendedProperties/any(ep: ep/id eq '${id}' and ${valueClause})`)}`;

  it("matches the property value case-insensitively", async () => {
    const result = await call("GET", anyFilter(trackIdProperty, "ep/value eq 'TRK-0001'"));
    expect(valuesOf(result).map((m) => m.subject)).toStrictEqual([
      "Cutting onboarding time at Fabrikam",
    ]);
  });

  it("matches the Name part of the id case-sensitively but the GUID case-insensitively", async () => {
    const wrongNameCase = await call(
      "GET",
      anyFilter(trackIdProperty.replace("TempoTrackId", "tempotrackid"), "ep/value eq 'trk-0001'"),
    );
    const upperGuid = await call(
      "GET",
      anyFilter(trackIdProperty.replace("6f4d3e2a", "6F4D3E2A"), "ep/value eq 'trk-0001'"),
    );
    expect([valuesOf(wrongNameCase).length, valuesOf(upperGuid).length]).toStrictEqual([0, 1]);
  });

  it("supports startswith and ne null on the value and omits the property unless expanded", async () => {
    const result = await call("GET", anyFilter(trackIdProperty, "startswith(ep/value, 'trk-000')"));
    const all = await call("GET", anyFilter(trackIdProperty, "ep/value ne null"));
    expect(valuesOf(result)).toHaveLength(7);
    expect(valuesOf(all)).toHaveLength(7);
    expect(valuesOf(result).every((m) => !("singleValueExtendedProperties" in m))).toBe(true);
  });

  it("returns the value with $expand=singleValueExtendedProperties($filter=id eq …)", async () => {
    const path = `${anyFilter(trackIdProperty, "ep/value eq 'trk-0004'")}&$expand=${encodeURIComponent(`singleValueExtendedProperties($filter=id eq '${trackIdProperty}')`)}`;
    const [message] = valuesOf(await call("GET", path));
    expect(message?.singleValueExtendedProperties).toStrictEqual([
      { id: trackIdProperty, value: "trk-0004" },
    ]);
  });

  it("answers InefficientFilter for conversationId with $orderby=receivedDateTime, and accepts the rule-conforming form", async () => {
    const [reply] = valuesOf(
      await call(
        "GET",
        "/me/mailFolders/inbox/messages?$select=conversationId&$filter=subject eq 'RE: Cutting onboarding time at Fabrikam'",
      ),
    );
    const conversationId = String(reply?.conversationId);
    const bad = await call(
      "GET",
      `/me/messages?$filter=conversationId eq '${conversationId}'&$orderby=receivedDateTime desc`,
    );
    const good = await call(
      "GET",
      `/me/messages?$select=subject&$filter=receivedDateTime ge 2025-01-01T00:00:00Z and conversationId eq '${conversationId}'&$orderby=receivedDateTime desc`,
    );
    expect(errorOf(bad)).toStrictEqual({ status: 400, code: "InefficientFilter" });
    expect(valuesOf(good).map((m) => m.subject)).toStrictEqual([
      "RE: Cutting onboarding time at Fabrikam",
      "Cutting onboarding time at Fabrikam",
    ]);
  });

  it("filters on navigation paths, flags and drafts", async () => {
    const fromKenji = await call(
      "GET",
      "/me/messages?$select=subject&$filter=from/emailAddress/address eq 'KENJI.WATANABE@fabrikam.com'",
    );
    const drafts = await call(
      "GET",
      "/me/messages?$select=subject&$filter=isDraft eq true and not (flag/flagStatus eq 'flagged')",
    );
    expect(valuesOf(fromKenji).map((m) => m.subject)).toStrictEqual([
      "RE: Cutting onboarding time at Fabrikam",
    ]);
    expect(valuesOf(drafts).map((m) => m.subject)).toStrictEqual(["Litware proposal draft"]);
  });
});

describe("paging", () => {
  it("pages /me/messages 10 at a time with @odata.nextLink, and honours Prefer odata.maxpagesize", async () => {
    const first = await call("GET", "/me/messages?$select=subject&$count=true");
    const body = first.body as { "@odata.count": number; "@odata.nextLink": string };
    expect([valuesOf(first).length, body["@odata.count"]]).toStrictEqual([10, 18]);
    const next = await fetch(body["@odata.nextLink"], {
      headers: { Authorization: `Bearer ${makeToken()}` },
    });
    const nextBody = (await next.json()) as { value: unknown[]; "@odata.nextLink"?: string };
    expect([nextBody.value.length, nextBody["@odata.nextLink"]]).toStrictEqual([8, undefined]);
    const small = await call("GET", "/me/messages?$select=subject", {
      headers: { Prefer: "odata.maxpagesize=4" },
    });
    expect([valuesOf(small).length, small.headers.get("preference-applied")]).toStrictEqual([
      4,
      "odata.maxpagesize=4",
    ]);
  });

  it("returns internetMessageHeaders only when selected, and ids that change on move unless ImmutableId is preferred", async () => {
    const [message] = valuesOf(await call("GET", "/me/mailFolders/inbox/messages?$top=1"));
    expect(message && "internetMessageHeaders" in message).toBe(false);
    const immutable = { Prefer: 'IdType="ImmutableId"' };
    const [target] = valuesOf(
      await call("GET", "/me/mailFolders/inbox/messages?$top=1&$select=subject", {
        headers: immutable,
      }),
    );
    const [targetRest] = valuesOf(
      await call("GET", "/me/mailFolders/inbox/messages?$top=1&$select=subject"),
    );
    const moved = await call("POST", `/me/messages/${String(targetRest?.id)}/move`, {
      body: { destinationId: "deleteditems" },
      headers: immutable,
    });
    const oldRest = await call("GET", `/me/messages/${String(targetRest?.id)}`);
    expect([
      moved.status,
      (moved.body as { id: string }).id,
      errorOf(oldRest).status,
    ]).toStrictEqual([201, target?.id, 404]);
  });
});
