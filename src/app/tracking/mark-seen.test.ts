// Marking tracked emails seen: written to their state once, free when nothing was unseen.
import { parseTrackingState } from "../../core/tracking/tracking-state";
import { buildReply, buildSent, createTrackingTestBed } from "./__fixtures__/tracking-test-bed";

describe("markSeen", () => {
  it("clears the unseen engagement of the given emails and writes it to their state", async () => {
    const bed = createTrackingTestBed();
    bed.mail.addSent(buildSent(1), buildSent(2));
    bed.mail.deliver("inbox", buildReply(1), buildReply(2));
    await bed.service.refresh();
    bed.mail.calls.length = 0;

    const snapshot = await bed.service.markSeen(["sent-1", "sent-1", "unknown-id"]);

    expect(snapshot.unseenCount).toBe(1);
    expect(snapshot.emails.map((email) => [email.messageId, email.isUnseen])).toStrictEqual([
      ["sent-1", false],
      ["sent-2", true],
    ]);
    expect(bed.mail.calls.map((call) => call.method)).toStrictEqual(["updateTrackedMessages"]);
    expect(bed.mail.calls[0]?.argument).toMatchObject([{ id: "sent-1" }]);
    expect(
      parseTrackingState(bed.mail.readSent("sent-1")?.stateJson).state.unseenKeys,
    ).toStrictEqual([]);
  });

  it("costs nothing when the emails have nothing unseen", async () => {
    const bed = createTrackingTestBed();
    bed.mail.addSent(buildSent(1));
    await bed.service.refresh();
    bed.mail.calls.length = 0;

    await bed.service.markSeen(["sent-1"]);

    expect(bed.mail.calls).toStrictEqual([]);
  });

  it("lists Sent Items first when the pane has not refreshed yet", async () => {
    const bed = createTrackingTestBed();
    bed.mail.addSent(buildSent(1));

    const snapshot = await bed.service.markSeen([]);

    expect(bed.mail.calls.map((call) => call.method)).toStrictEqual(["listSentTracked"]);
    expect(snapshot.emails.map((email) => email.messageId)).toStrictEqual(["sent-1"]);
  });
});
