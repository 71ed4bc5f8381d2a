// $batch cases of the contract checker. To add a case: build the batch with batchOf (or buildLogLine for a
// custom response), run checkGraphLog and assert the whole violation list.
import { checkGraphLog } from "./check-log";
import { isJsonObject, type GraphLogLine, type JsonValue } from "./contract-types";
import { buildLogLine, readDocsExample } from "./log-line-builder";

function check(...lines: GraphLogLine[]) {
  return checkGraphLog(lines.map((line) => JSON.stringify(line)));
}

function violation(line: number, method: string, path: string, rule: string, messagePart: string) {
  return { line, method, path, rule, message: expect.stringContaining(messagePart) as unknown };
}

function batchOf(requests: JsonValue[]): GraphLogLine {
  const responses = requests
    .filter(isJsonObject)
    .map((request) => ({ id: request.id ?? null, status: 204, body: null }));
  return buildLogLine({
    method: "POST",
    path: "/v1.0/$batch",
    requestBody: { requests },
    responseBody: { responses },
  });
}

describe("checkGraphLog on the docs $batch example", () => {
  it("accepts the docs $batch example except its two beta-only parts", () => {
    const result = check(
      buildLogLine({
        method: "POST",
        path: "/v1.0/$batch",
        requestBody: readDocsExample("json-batching.example-request.json"),
        responseBody: readDocsExample("json-batching.example-response.json"),
      }),
    );
    // The docs page mixes in beta: getPasswordSingleSignOnCredentials is not in the v1.0 CSDL and the nextLink is /beta.
    expect(result.violations).toEqual([
      violation(
        1,
        "POST",
        "/v1.0/users/161ab652-cdbc-490d-82a4-0ada1f0db247/getPasswordSingleSignOnCredentials",
        "path",
        "'getPasswordSingleSignOnCredentials' is not a property of microsoft.graph.user",
      ),
      violation(
        1,
        "GET",
        "/v1.0/me/memberOf",
        "page-link",
        "@odata.nextLink path '/beta/me/memberOf'",
      ),
    ]);
    expect(result.checked).toBe(6);
    expect([...result.operations]).toEqual([
      "POST /$batch",
      "GET /me/memberOf",
      "GET /me/planner/tasks",
      "DELETE /groups/{id}",
      "GET /users",
    ]);
  });
});

describe("checkGraphLog rejects malformed $batch requests", () => {
  const get = (id: string, url = "/me/messages") => ({ id, method: "GET", url });

  it("rejects 21 requests", () => {
    const requests = Array.from({ length: 21 }, (_, index) => get(String(index + 1)));
    expect(check(batchOf(requests)).violations).toEqual([
      violation(1, "POST", "/v1.0/$batch", "batch", "a batch holds 1 to 20 requests, got 21"),
    ]);
  });

  it("rejects ids that differ only in case", () => {
    expect(check(batchOf([get("a"), get("A")])).violations).toEqual([
      violation(1, "POST", "/v1.0/$batch", "batch", "request 'A': id duplicates 'a'"),
      violation(1, "POST", "/v1.0/$batch", "response-shape", "batch response id 'A' appears twice"),
    ]);
  });

  it("rejects an absolute url", () => {
    expect(
      check(batchOf([get("1", "https://graph.microsoft.com/v1.0/me/messages")])).violations,
    ).toEqual([
      violation(
        1,
        "POST",
        "/v1.0/$batch",
        "batch",
        "request '1': url 'https://graph.microsoft.com/v1.0/me/messages' must be relative",
      ),
    ]);
  });

  it("rejects a body without Content-Type", () => {
    const post = {
      id: "1",
      method: "POST",
      url: "/me/sendMail",
      body: { message: { subject: "Hi" } },
    };
    expect(check(batchOf([post])).violations).toEqual([
      violation(
        1,
        "POST",
        "/v1.0/$batch",
        "batch",
        "request '1': a body needs a Content-Type header",
      ),
      violation(
        1,
        "POST",
        "/v1.0/me/sendMail",
        "request-body",
        "[$batch id 1] a JSON body needs Content-Type: application/json",
      ),
    ]);
  });

  it("checks sub-requests and sub-responses against the description", () => {
    const line = buildLogLine({
      method: "POST",
      path: "/v1.0/$batch",
      requestBody: { requests: [get("1", "/me/messages?$select=subjekt")] },
      responseBody: { responses: [{ id: "1", status: 400, body: { error: "bad" } }] },
    });
    expect(check(line).violations).toEqual([
      violation(
        1,
        "GET",
        "/v1.0/me/messages",
        "select",
        "[$batch id 1] $select: 'subjekt' is not a property of microsoft.graph.message",
      ),
      violation(
        1,
        "GET",
        "/v1.0/me/messages",
        "error-shape",
        "[$batch id 1] an error response must be { error: { code, message } }",
      ),
    ]);
  });
});
