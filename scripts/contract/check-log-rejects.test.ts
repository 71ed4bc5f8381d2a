// Lines the contract checker must reject, each with its rule. To add a case: build a line with buildLogLine,
// run checkGraphLog and assert the whole violation list (rule, path, message), not just a count.
import { checkGraphLog } from "./check-log";
import { buildLogLine, readDocsExample } from "./log-line-builder";
import type { GraphLogLine, JsonObject } from "./contract-types";

function check(...lines: GraphLogLine[]) {
  return checkGraphLog(lines.map((line) => JSON.stringify(line)));
}

function violation(line: number, method: string, path: string, rule: string, messagePart: string) {
  return { line, method, path, rule, message: expect.stringContaining(messagePart) as unknown };
}

describe("checkGraphLog rejects contract violations with the expected rule", () => {
  it("rejects a misspelled path segment", () => {
    const path = "/v1.0/me/mailFolder/inbox/messages";
    expect(
      check(buildLogLine({ method: "GET", path, responseBody: { value: [] } })).violations,
    ).toEqual([
      violation(
        1,
        "GET",
        path,
        "path",
        "segment 'mailFolder' is not a property of microsoft.graph.user (did you mean 'mailFolders'?)",
      ),
    ]);
  });

  it("rejects $select of a property message does not have", () => {
    const path = "/v1.0/me/messages";
    const result = check(
      buildLogLine({
        method: "GET",
        path,
        query: { $select: "subjekt" },
        status: 400,
        responseBody: {
          error: { code: "BadRequest", message: "Could not find a property named 'subjekt'" },
        },
      }),
    );
    expect(result.violations).toEqual([
      violation(
        1,
        "GET",
        path,
        "select",
        "$select: 'subjekt' is not a property of microsoft.graph.message",
      ),
    ]);
  });

  it("rejects an unknown property in a message body", () => {
    const path = "/v1.0/me/messages";
    const result = check(
      buildLogLine({
        method: "POST",
        path,
        requestBody: { subject: "Hi", toRecipient: [] },
        status: 201,
        responseBody: { id: "M1", subject: "Hi" },
      }),
    );
    expect(result.violations).toEqual([
      violation(
        1,
        "POST",
        path,
        "request-body",
        "body.toRecipient is not a property of microsoft.graph.message",
      ),
    ]);
  });

  it("rejects getSchedule with a parameter it does not declare", () => {
    const path = "/v1.0/me/calendar/getSchedule";
    const requestBody = {
      ...(readDocsExample("calendar-getschedule.example-request.json") as JsonObject),
      timeZone: "UTC",
    };
    const result = check(
      buildLogLine({
        method: "POST",
        path,
        requestBody,
        responseBody: readDocsExample("calendar-getschedule.example-response.json"),
      }),
    );
    expect(result.violations).toEqual([
      violation(
        1,
        "POST",
        path,
        "action-parameter",
        "'timeZone' is not a parameter of getSchedule",
      ),
    ]);
  });

  it("rejects calendarView without startDateTime", () => {
    const path = "/v1.0/me/calendarView";
    const result = check(
      buildLogLine({
        method: "GET",
        path,
        query: { endDateTime: "2025-03-16T00:00:00Z" },
        responseBody: { value: [] },
      }),
    );
    expect(result.violations).toEqual([
      violation(
        1,
        "GET",
        path,
        "query-required",
        "required query option 'startDateTime' is missing",
      ),
    ]);
  });

  it("rejects PATCH on an action path", () => {
    const path = "/v1.0/me/sendMail";
    const result = check(
      buildLogLine({
        method: "PATCH",
        path,
        requestBody: { message: {} },
        status: 405,
        responseBody: { error: { code: "BadRequest", message: "no" } },
      }),
    );
    expect(result.violations).toEqual([
      violation(
        1,
        "PATCH",
        path,
        "method",
        "PATCH is not allowed on /me/sendMail (action sendMail): use POST",
      ),
    ]);
  });

  it("rejects an error response that is not Graph-shaped", () => {
    const path = "/v1.0/me/messages/M1";
    const result = check(
      buildLogLine({ method: "GET", path, status: 404, responseBody: { message: "not found" } }),
    );
    expect(result.violations).toEqual([
      violation(
        1,
        "GET",
        path,
        "error-shape",
        "an error response must be { error: { code, message } }",
      ),
    ]);
  });

  it("rejects a 200 message response with an unknown property", () => {
    const path = "/v1.0/me/messages/M1";
    const result = check(
      buildLogLine({
        method: "GET",
        path,
        responseBody: { id: "M1", subject: "Hi", trackingState: "sent" },
      }),
    );
    expect(result.violations).toEqual([
      violation(
        1,
        "GET",
        path,
        "response-body",
        "response.trackingState is not a property of microsoft.graph.message",
      ),
    ]);
  });

  it("rejects a 204 with a body and a nextLink that is relative", () => {
    const deleted = check(
      buildLogLine({
        method: "DELETE",
        path: "/v1.0/me/events/E1",
        status: 204,
        responseBody: { ok: true },
      }),
    );
    expect(deleted.violations).toEqual([
      violation(
        1,
        "DELETE",
        "/v1.0/me/events/E1",
        "no-content",
        "a 204 response must have no body",
      ),
    ]);
    const paged = check(
      buildLogLine({
        method: "GET",
        path: "/v1.0/me/messages",
        responseBody: { value: [], "@odata.nextLink": "/v1.0/me/messages?$skip=10" },
      }),
    );
    expect(paged.violations).toEqual([
      violation(
        1,
        "GET",
        "/v1.0/me/messages",
        "page-link",
        "@odata.nextLink must be an absolute URL",
      ),
    ]);
  });
});
