// What GraphMailApi's tracked-mail calls need from the fake: `or` of any() filters, several expanded properties, PATCH on sent mail, delta in $batch.
import { hostCustomPropertiesId } from "./send-pipeline";
import { errorOf, startTestGraph, trackIdProperty, valuesOf } from "./test-support";
import type { FakeGraph } from "./fake-graph-server";
import type { Caller } from "./test-support";

let graph: FakeGraph;
let call: Caller;
const immutable = { Prefer: 'IdType="ImmutableId"' };
const stateProperty = "String {6f4d3e2a-9b1c-4d5e-8f7a-1b2c3d4e5f60} Name TempoTrackingState";

beforeEach(async () => {
  ({ graph, call } = await startTestGraph({ seed: "empty" }));
});
afterEach(async () => graph.close());

function addSent(subject: string, properties: Array<{ id: string; value: string }>): string {
  return graph.store.addMessage({
    folder: "sentitems",
    props: { subject },
    extendedProperties: properties,
  }).immutableId;
}

const anyOf = (id: string, condition: string) =>
  `singleValueExtendedProperties/Any(ep: ep/id eq '${id}' and ${condition})`;

describe("tracked mail queries", () => {
  it("filters with an `or` of two any() clauses and expands several properties named in an `or`", async () => {
    addSent("By marker", [
      { id: trackIdProperty, value: "tt-1" },
      { id: stateProperty, value: '{"v":1}' },
      { id: "String {11111111-1111-1111-1111-111111111111} Name Other", value: "x" },
    ]);
    addSent("By compose", [{ id: hostCustomPropertiesId, value: '{"TempoTrackId":"tt-2"}' }]);
    addSent("Other add-in data", [{ id: hostCustomPropertiesId, value: '{"color":"red"}' }]);
    addSent("Lower-case name", [
      { id: trackIdProperty.replace("TempoTrackId", "tempotrackid"), value: "tt-3" },
    ]);
    const filter = `${anyOf(trackIdProperty, "ep/value ne null")} or ${anyOf(hostCustomPropertiesId, "contains(ep/value, 'tempoTrackId')")}`;
    const expand = `singleValueExtendedProperties($filter=id eq '${trackIdProperty}' or id eq '${hostCustomPropertiesId}' or id eq '${stateProperty}')`;

    const listed = await call(
      "GET",
      `/me/mailFolders/sentitems/messages?$select=subject&$filter=${encodeURIComponent(filter)}&$expand=${encodeURIComponent(expand)}`,
      { headers: immutable },
    );

    expect(
      valuesOf(listed)
        .map(({ subject, singleValueExtendedProperties }) => ({
          subject,
          singleValueExtendedProperties,
        }))
        .sort((a, b) => String(a.subject).localeCompare(String(b.subject))),
    ).toStrictEqual([
      {
        subject: "By compose",
        singleValueExtendedProperties: [
          { id: hostCustomPropertiesId, value: '{"TempoTrackId":"tt-2"}' },
        ],
      },
      {
        subject: "By marker",
        singleValueExtendedProperties: [
          { id: trackIdProperty, value: "tt-1" },
          { id: stateProperty, value: '{"v":1}' },
        ],
      },
    ]);
  });

  it("PATCHes state and flag on a sent message; a Sent Items delta reports the flag alone as partial and a property change in full", async () => {
    const id = addSent("Tracked", [{ id: trackIdProperty, value: "tt-1" }]);
    const first = await call("GET", "/me/mailFolders/sentitems/messages/delta?$select=subject", {
      headers: immutable,
    });
    const link = String((first.body as Record<string, unknown>)["@odata.deltaLink"]);
    const flag = {
      flagStatus: "flagged",
      startDateTime: { dateTime: "2025-03-19T16:00:00.000", timeZone: "UTC" },
      dueDateTime: { dateTime: "2025-03-19T16:00:00.000", timeZone: "UTC" },
    };
    const patched = await call("PATCH", `/me/messages/${id}`, {
      headers: immutable,
      body: { flag },
    });
    const flagOnly = await call("GET", link.slice(graph.graphUrl.length), { headers: immutable });
    const nextLink = String((flagOnly.body as Record<string, unknown>)["@odata.deltaLink"]);
    await call("PATCH", `/me/messages/${id}`, {
      headers: immutable,
      body: { singleValueExtendedProperties: [{ id: stateProperty, value: '{"v":2}' }] },
    });
    const propertyChange = await call("GET", nextLink.slice(graph.graphUrl.length), {
      headers: immutable,
    });
    const badFlag = await call("PATCH", `/me/messages/${id}`, {
      body: { flag: { flagStatus: "flagged", dueDateTime: flag.dueDateTime } },
    });

    expect(patched.status).toBe(200);
    expect(valuesOf(flagOnly)).toStrictEqual([
      {
        "@odata.type": "#microsoft.graph.message",
        id,
        flag,
        parentFolderId: graph.store.requireFolder("sentitems").id,
      },
    ]);
    expect(valuesOf(propertyChange).map((item) => [item.id, item.subject])).toStrictEqual([
      [id, "Tracked"],
    ]);
    expect(graph.store.requireMessage(id).extendedProperties).toStrictEqual([
      { id: trackIdProperty, value: "tt-1" },
      { id: stateProperty, value: '{"v":2}' },
    ]);
    expect(errorOf(badFlag)).toStrictEqual({ status: 400, code: "ErrorInvalidArgument" });
  });

  it("runs Inbox and Junk Email delta inside one $batch with the links made relative, and refuses absolute ones", async () => {
    const batch = (requests: unknown[]) => call("POST", "/$batch", { body: { requests } });
    const first = await batch([
      { id: "inbox", method: "GET", url: "/me/mailFolders/inbox/messages/delta?$select=subject" },
      {
        id: "junk",
        method: "GET",
        url: "/me/mailFolders/junkemail/messages/delta?$select=subject",
      },
    ]);
    const responses = (
      first.body as { responses: Array<{ id: string; body: Record<string, string> }> }
    ).responses;
    const relative = (id: string) =>
      String(responses.find((r) => r.id === id)?.body["@odata.deltaLink"]).slice(
        graph.graphUrl.length,
      );
    await call("POST", "/_fake/inbound", {
      body: { folder: "junkemail", message: { subject: "Caught by the filter" } },
    });

    const second = await batch([
      { id: "inbox", method: "GET", url: relative("inbox") },
      { id: "junk", method: "GET", url: relative("junk") },
    ]);
    const absolute = await batch([
      { id: "inbox", method: "GET", url: `${graph.graphUrl}${relative("inbox")}` },
    ]);

    const answers = (
      second.body as {
        responses: Array<{
          id: string;
          status: number;
          body: { value: Array<{ subject: string }> };
        }>;
      }
    ).responses
      .map((r) => [r.id, r.status, r.body.value.map((m) => m.subject)])
      .sort();
    expect(answers).toStrictEqual([
      ["inbox", 200, []],
      ["junk", 200, ["Caught by the filter"]],
    ]);
    expect(errorOf(absolute).status).toBe(400);
  });
});
