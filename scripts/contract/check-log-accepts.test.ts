// Lines the contract checker must accept, built from the Graph docs examples and Tempo's own calls. To add a
// case: build a line with buildLogLine and assert an empty violation list (and the operations it covers).
import { checkGraphLog } from "./check-log";
import { buildLogLine, readDocsExample } from "./log-line-builder";
import type { GraphLogLine, JsonObject } from "./contract-types";

const graphBase = "http://127.0.0.1:4100/v1.0";
const trackingPropertyId = "String {66f5a359-4659-4830-9070-00047ec6ac6e} Name TempoTracking";

function check(...lines: GraphLogLine[]) {
  return checkGraphLog(lines.map((line) => JSON.stringify(line)));
}

describe("checkGraphLog accepts lines that follow the Graph description", () => {
  it("accepts the docs getSchedule example", () => {
    const result = check(
      buildLogLine({
        method: "POST",
        path: "/v1.0/me/calendar/getSchedule",
        requestHeaders: {
          "content-type": "application/json",
          prefer: 'outlook.timezone="Pacific Standard Time"',
        },
        requestBody: readDocsExample("calendar-getschedule.example-request.json"),
        responseBody: readDocsExample("calendar-getschedule.example-response.json"),
      }),
    );
    expect(result.violations).toEqual([]);
    expect([...result.operations]).toEqual(["POST /me/calendar/getSchedule"]);
  });

  it("accepts a delta round: initial page with $select, @removed items and a deltaLink", () => {
    const path = "/v1.0/me/mailFolders/inbox/messages/delta";
    const result = check(
      buildLogLine({
        method: "GET",
        path,
        query: { $select: "subject,from,conversationId,internetMessageId", changeType: "created" },
        requestHeaders: { prefer: 'odata.maxpagesize=50, IdType="ImmutableId"' },
        responseBody: {
          "@odata.context": `${graphBase}/$metadata#Collection(message)`,
          value: [
            {
              "@odata.type": "#microsoft.graph.message",
              "@odata.etag": 'W/"1"',
              id: "AAA",
              subject: "Re: pricing",
              conversationId: "C1",
              from: { emailAddress: { name: "Ann", address: "ann@fabrikam.com" } },
            },
            { id: "BBB", "@removed": { reason: "deleted" } },
          ],
          "@odata.deltaLink": `${graphBase}/me/mailFolders('inbox')/messages/delta()?$deltatoken=abc`,
        },
      }),
      buildLogLine({
        method: "GET",
        path: "/v1.0/me/mailFolders/AQMk123/messages/delta()",
        query: { $deltatoken: "abc" },
        responseBody: {
          value: [],
          "@odata.deltaLink": `${graphBase}/me/mailFolders/inbox/messages/delta?$deltatoken=def`,
        },
      }),
    );
    expect(result.violations).toEqual([]);
    expect([...result.operations]).toEqual(["GET /me/mailFolders/{id}/messages/delta"]);
  });

  it("accepts sendMail with camelCase parameters and a 202 without body", () => {
    const message: JsonObject = {
      subject: "Pricing",
      body: { contentType: "HTML", content: "<p>Hi</p>" },
      toRecipients: [{ emailAddress: { address: "ann@fabrikam.com" } }],
      singleValueExtendedProperties: [{ id: trackingPropertyId, value: "tracked" }],
    };
    const result = check(
      buildLogLine({
        method: "POST",
        path: "/v1.0/me/sendMail",
        requestBody: { message, saveToSentItems: true },
        status: 202,
      }),
    );
    expect(result.violations).toEqual([]);
  });

  it("accepts a tracked-mail query with any(), nested $expand, $orderby and $top", () => {
    const result = check(
      buildLogLine({
        method: "GET",
        path: "/v1.0/me/mailFolders/sentitems/messages",
        query: {
          $filter: `singleValueExtendedProperties/Any(ep: ep/id eq '${trackingPropertyId}' and ep/value eq 'tracked') and conversationId eq 'C1'`,
          $expand: `singleValueExtendedProperties($filter=id eq '${trackingPropertyId}')`,
          $select: "id,subject,sentDateTime,flag",
          $orderby: "sentDateTime desc",
          $top: "25",
        },
        responseBody: {
          value: [
            {
              id: "M1",
              subject: "Hi",
              flag: {
                flagStatus: "flagged",
                dueDateTime: { dateTime: "2025-03-20T09:00:00", timeZone: "UTC" },
              },
              singleValueExtendedProperties: [{ id: trackingPropertyId, value: "tracked" }],
            },
          ],
          "@odata.nextLink": `${graphBase}/me/mailFolders/sentitems/messages?$skiptoken=25`,
        },
      }),
    );
    expect(result.violations).toEqual([]);
  });
});
