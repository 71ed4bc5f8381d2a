// Runs Tempo's scenarios against the real fake Graph and checks its log. To add a case: pick scenarios by name
// (or write a malformed one inline) and assert the whole violation list.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runContract } from "./run-contract";
import { scenarios, type Scenario } from "./scenarios";

jest.setTimeout(120_000);

function logPathFor(name: string): string {
  return join(mkdtempSync(join(tmpdir(), "tempo-contract-")), `${name}.jsonl`);
}

const selectedNames = [
  "read the signed-in user",
  "read mailbox settings",
  "list the inbox, newest first, paging with nextLink",
  "list tracked mail in Sent Items",
  "create a tracked draft",
  "flag the draft for follow-up",
  "send the draft",
  "inbox delta, initial round",
  "inbox delta, follow the deltaLink",
  "batch of reads",
  "get my schedule",
  "calendar view of a week",
];

describe("contract against the fake Graph", () => {
  it("serves Tempo's scenarios without a single contract violation", async () => {
    const selected = scenarios.filter((scenario) => selectedNames.includes(scenario.name));
    const { results, check } = await runContract({ logPath: logPathFor("clean"), selected });
    expect(results.map((result) => [result.name, result.problem])).toEqual(
      selectedNames.map((name) => [name, undefined]),
    );
    expect(check.violations).toEqual([]);
    expect([...check.operations].sort()).toEqual([
      "GET /me",
      "GET /me/calendarView",
      "GET /me/mailFolders/{id}/messages",
      "GET /me/mailFolders/{id}/messages/delta",
      "GET /me/mailboxSettings",
      "PATCH /me/messages/{id}",
      "POST /$batch",
      "POST /me/calendar/getSchedule",
      "POST /me/messages",
      "POST /me/messages/{id}/send",
    ]);
  });

  it("reports malformed requests, whatever the fake answered", async () => {
    const malformed: Scenario[] = [
      {
        name: "select a misspelled property",
        method: "GET",
        url: "/me/messages",
        query: { $select: "subjekt" },
        expectStatus: [400],
      },
      {
        name: "create with an unknown property",
        method: "POST",
        url: "/me/messages",
        body: { subject: "Hi", toRecipient: [] },
        expectStatus: [400, 201],
      },
    ];
    const { results, check } = await runContract({
      logPath: logPathFor("malformed"),
      selected: malformed,
    });
    expect(results.map((result) => result.problem)).toEqual([undefined, undefined]);
    expect(results[0]?.status).toBe(400);
    expect(check.violations).toEqual([
      {
        line: 1,
        method: "GET",
        path: "/v1.0/me/messages",
        rule: "select",
        message:
          "$select: 'subjekt' is not a property of microsoft.graph.message (did you mean 'subject'?)",
      },
      {
        line: 2,
        method: "POST",
        path: "/v1.0/me/messages",
        rule: "request-body",
        message:
          "body.toRecipient is not a property of microsoft.graph.message (did you mean 'toRecipients'?)",
      },
    ]);
  });
});
