// Incremental listing of tracked mail (`sentSince`): the exact filter, its results on the fake Graph, and the contract check.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkGraphLog, readGraphLog } from "../../../scripts/contract/check-log";
import { createAppError } from "../../core/errors/app-error";
import { tempoTrackIdPropertyId, toTrackId } from "../../core/tracking/tracking-marker";
import { startTestBed } from "./fake-graph-test-bed";
import { GraphMailApi } from "./graph-mail-api";
import {
  buildSentTrackedFilter,
  toODataDateTimeLiteral,
  trackedMailFilter,
} from "./graph-tracked-mail";
import type { TestBed } from "./fake-graph-test-bed";

jest.setTimeout(20_000);

describe("buildSentTrackedFilter", () => {
  it("is the marker filter alone without sentSince", () => {
    expect(buildSentTrackedFilter(undefined)).toBe(trackedMailFilter);
  });

  it("puts sentDateTime first, as an unquoted literal in whole UTC seconds, and the marker filter in parentheses", () => {
    expect(buildSentTrackedFilter("2025-03-12T17:30:00.750+01:00")).toBe(
      `sentDateTime ge 2025-03-12T16:30:00Z and (${trackedMailFilter})`,
    );
  });

  it.each(["", "yesterday", "2025-03-12T16:30:00Z') or (true"])(
    "refuses %p rather than splice it into $filter",
    (sentSince) => {
      let thrown: unknown;
      try {
        toODataDateTimeLiteral(sentSince);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toStrictEqual(
        createAppError("invalid_input", { details: { reason: "sent_since_not_a_date" } }),
      );
    },
  );
});

describe("GraphMailApi.listSentTracked with sentSince, on the fake Graph", () => {
  let bed: TestBed;
  let directory: string;
  let logPath: string;

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), "tempo-sent-since-"));
    logPath = join(directory, "graph.jsonl");
    bed = await startTestBed({ logPath });
    bed.graph.reset({ seed: "empty" });
    bed.graph.faults.setSwitches({ sentCopyDelayMs: { min: 20, max: 60 } });
  });
  afterEach(async () => {
    await bed.close();
    rmSync(directory, { recursive: true, force: true });
  });

  function addTracked(subject: string, sentDateTime: string): string {
    return bed.graph.store.addMessage({
      folder: "sentitems",
      props: {
        subject,
        sentDateTime,
        receivedDateTime: sentDateTime,
        toRecipients: [{ emailAddress: { address: "lee.gu@fabrikam.com" } }],
      },
      extendedProperties: [{ id: tempoTrackIdPropertyId, value: `tt-${subject}` }],
    }).immutableId;
  }

  it("gives only tracked mail sent at or after sentSince, across pages, with Tempo's own send included, in contract", async () => {
    // Pages of 2, so the nextLink must carry the date filter on.
    const mail = new GraphMailApi({ gateway: bed.gateway, pageSize: 2, pollIntervalMs: 50 });
    addTracked("before", "2025-03-12T16:29:59Z");
    const atBoundary = addTracked("boundary", "2025-03-12T16:30:00Z");
    const later = addTracked("later", "2025-03-12T16:45:00Z");
    bed.graph.store.addMessage({
      folder: "sentitems",
      props: { subject: "untracked", sentDateTime: "2025-03-12T16:50:00Z" },
      extendedProperties: [],
    });
    // The fake clock starts at 17:00, so this Sent copy is stamped after it (and appears late).
    const outcome = await mail.sendTracked({
      trackId: toTrackId("tt-sent-now"),
      subject: "sent now",
      bodyHtml: "<p>Hi</p>",
      to: [{ address: "lee.gu@fabrikam.com" }],
    });
    await bed.graph.settled();

    const attemptsBefore = bed.attempts.length;
    // 16:30:00.400 rounds down to 16:30:00: the boundary message is in, never lost to rounding.
    const listed = await mail.listSentTracked({
      maxMessages: 100,
      sentSince: "2025-03-12T16:30:00.400Z",
    });
    await bed.graph.settled();

    expect(listed.map(({ id, subject }) => ({ id, subject }))).toStrictEqual([
      { id: outcome.status === "sent" ? outcome.sentMessageId : "", subject: "sent now" },
      { id: later, subject: "later" },
      { id: atBoundary, subject: "boundary" },
    ]);
    expect(
      bed.attempts.slice(attemptsBefore).map(({ method, path, status }) => [method, path, status]),
    ).toStrictEqual([
      ["GET", "/me/mailFolders/sentitems/messages", 200],
      ["GET", "/me/mailFolders/sentitems/messages", 200],
    ]);
    const check = checkGraphLog(readGraphLog(logPath));
    expect(check.violations).toStrictEqual([]);
  });

  it("rejects a sentSince that is not a date with invalid_input, before any request", async () => {
    const mail = new GraphMailApi({ gateway: bed.gateway });
    const attemptsBefore = bed.attempts.length;

    await expect(
      mail.listSentTracked({ maxMessages: 10, sentSince: "soon" }),
    ).rejects.toStrictEqual(
      createAppError("invalid_input", { details: { reason: "sent_since_not_a_date" } }),
    );
    expect(bed.attempts.length).toBe(attemptsBefore);
  });
});
