// Contract check for scheduled sends: every request GraphScheduledSend makes, logged by the fake Graph, conforms to Graph's description.
import { toScheduleId } from "../../ports/scheduled-send-api";
import { checkContractOf } from "./contract-check";
import { testBedNow } from "./fake-graph-test-bed";
import { GraphScheduledSend } from "./graph-scheduled-send";

jest.setTimeout(30_000);

const expectedOperations = [
  "POST /me/messages",
  "PATCH /me/messages/{id}",
  "POST /me/messages/{id}/send",
  "GET /me/mailFolders/{id}/messages",
  "GET /me/messages/{id}",
  "DELETE /me/messages/{id}",
  "GET /me/messages",
];

it("logs only contract-conforming requests and covers every scheduled-send operation", async () => {
  const check = await checkContractOf("scheduled", async (bed) => {
    const api = new GraphScheduledSend({ gateway: bed.gateway, pollIntervalMs: 20, maxPolls: 3 });
    const sendAtUtc = new Date(testBedNow.getTime() + 3_600_000).toISOString();
    const outcome = await api.scheduleNew({
      scheduleId: toScheduleId("ts-contract"),
      subject: "Contract",
      bodyHtml: "<p>Hi</p>",
      to: [{ address: "lee.gu@fabrikam.com", name: "Lee Gu" }],
      sendAtUtc,
    });
    const [listed] = await api.listScheduled({ nowUtc: testBedNow.toISOString(), maxMessages: 5 });
    if (outcome.status !== "scheduled" || listed === undefined) throw new Error("not scheduled");
    await api.reschedule({ id: listed.id, scheduleId: toScheduleId("ts-contract"), sendAtUtc });
    await api.readLatestDateHeaderFrom("kenji.watanabe@fabrikam.com");
    await bed.graph.settled();
  });

  expect(check.violations).toStrictEqual([]);
  expect([...check.operations].sort()).toStrictEqual([...expectedOperations].sort());
});
