// Follow-up flags: set after N quiet days, cleared by an answer, the rep's own flags left alone.
import { decideFollowUp, type FollowUpFlagChange } from "./follow-up";
import { createTrackingState, type TrackingState } from "./tracking-state";

const sent = "2025-03-03T09:00:00.000Z";
const due = "2025-03-06T09:00:00.000Z";
const waiting = createTrackingState();
const flaggedByTempo: TrackingState = {
  ...waiting,
  followUp: { state: "flagged", dueDateTime: due },
};
const replied: TrackingState = {
  ...flaggedByTempo,
  status: "replied",
  recipients: [{ address: "ann@example.com", status: "replied" }],
};
const tempoFlag: FollowUpFlagChange = {
  flagStatus: "flagged",
  startDateTime: sent,
  dueDateTime: due,
};

const cases: readonly {
  name: string;
  state: TrackingState;
  recipients?: readonly string[];
  currentFlag?: FollowUpFlagChange;
  followUpDays?: number;
  now: string;
  sentDateTime?: string | null;
  expected: ReturnType<typeof decideFollowUp>;
}[] = [
  {
    name: "does nothing before N days have passed",
    state: waiting,
    now: "2025-03-06T08:59:59.000Z",
    expected: { followUp: waiting.followUp },
  },
  {
    name: "flags the mail with start = sent and due = sent + 3 days once they have",
    state: waiting,
    now: "2025-03-06T09:00:00.000Z",
    expected: {
      followUp: { state: "flagged", dueDateTime: due },
      flag: { flagStatus: "flagged", startDateTime: sent, dueDateTime: due },
    },
  },
  {
    name: "counts whole days of 24 hours from the send time across a DST change",
    state: waiting,
    sentDateTime: "2025-03-28T12:00:00Z",
    now: "2025-04-02T12:00:00.000Z",
    followUpDays: 5,
    expected: {
      followUp: { state: "flagged", dueDateTime: "2025-04-02T12:00:00.000Z" },
      flag: {
        flagStatus: "flagged",
        startDateTime: "2025-03-28T12:00:00.000Z",
        dueDateTime: "2025-04-02T12:00:00.000Z",
      },
    },
  },
  {
    name: "does nothing when follow-ups are off (0 days)",
    state: waiting,
    followUpDays: 0,
    now: "2025-04-01T00:00:00.000Z",
    expected: { followUp: waiting.followUp },
  },
  {
    name: "leaves a flag the rep set alone",
    state: waiting,
    currentFlag: {
      flagStatus: "flagged",
      startDateTime: sent,
      dueDateTime: "2025-03-20T00:00:00Z",
    },
    now: "2025-04-01T00:00:00.000Z",
    expected: { followUp: waiting.followUp },
  },
  {
    name: "leaves a flag the rep completed alone",
    state: waiting,
    currentFlag: { flagStatus: "complete" },
    now: "2025-04-01T00:00:00.000Z",
    expected: { followUp: waiting.followUp },
  },
  {
    name: "does not flag mail that got a reply",
    state: { ...replied, followUp: { state: "none" } },
    now: "2025-04-01T00:00:00.000Z",
    expected: { followUp: { state: "none" } },
  },
  {
    name: "does not flag mail whose only recipient hard-bounced",
    state: {
      ...waiting,
      status: "bounced",
      recipients: [{ address: "ann@example.com", status: "bounced" }],
    },
    now: "2025-04-01T00:00:00.000Z",
    expected: { followUp: waiting.followUp },
  },
  {
    name: "still flags mail when one of two recipients unsubscribed and the other is quiet",
    state: {
      ...waiting,
      status: "unsubscribed",
      recipients: [{ address: "bob@example.com", status: "unsubscribed" }],
    },
    recipients: ["ann@example.com", "bob@example.com"],
    now: "2025-04-01T00:00:00.000Z",
    expected: {
      followUp: { state: "flagged", dueDateTime: due },
      flag: { flagStatus: "flagged", startDateTime: sent, dueDateTime: due },
    },
  },
  {
    name: "does nothing without a send time",
    state: waiting,
    sentDateTime: null,
    now: "2025-04-01T00:00:00.000Z",
    expected: { followUp: waiting.followUp },
  },
  {
    name: "clears Tempo's flag when a reply is detected",
    state: replied,
    currentFlag: tempoFlag,
    now: "2025-03-07T00:00:00.000Z",
    expected: {
      followUp: { state: "cleared", dueDateTime: due },
      flag: { flagStatus: "notFlagged" },
    },
  },
  {
    name: "clears Tempo's flag when the message's flag was not read",
    state: replied,
    now: "2025-03-07T00:00:00.000Z",
    expected: {
      followUp: { state: "cleared", dueDateTime: due },
      flag: { flagStatus: "notFlagged" },
    },
  },
  {
    name: "does not touch the flag the rep already completed when a reply comes",
    state: replied,
    currentFlag: { flagStatus: "complete", startDateTime: sent, dueDateTime: due },
    now: "2025-03-07T00:00:00.000Z",
    expected: { followUp: { state: "cleared", dueDateTime: due } },
  },
  {
    name: "keeps Tempo's flag while no reply has come",
    state: flaggedByTempo,
    currentFlag: tempoFlag,
    now: "2025-03-20T00:00:00.000Z",
    expected: { followUp: flaggedByTempo.followUp },
  },
  {
    name: "never flags again once cleared",
    state: { ...waiting, followUp: { state: "cleared", dueDateTime: due } },
    now: "2025-05-01T00:00:00.000Z",
    expected: { followUp: { state: "cleared", dueDateTime: due } },
  },
];

describe("decideFollowUp", () => {
  it.each(cases)("$name", (testCase) => {
    const decision = decideFollowUp({
      state: testCase.state,
      recipients: testCase.recipients ?? ["ann@example.com"],
      sentDateTime: testCase.sentDateTime === null ? undefined : (testCase.sentDateTime ?? sent),
      currentFlag: testCase.currentFlag,
      followUpDays: testCase.followUpDays ?? 3,
      now: testCase.now,
    });
    expect(decision).toStrictEqual(testCase.expected);
  });

  it("gives the state's own follow-up object back when nothing changes", () => {
    const decision = decideFollowUp({
      state: waiting,
      recipients: ["ann@example.com"],
      sentDateTime: sent,
      currentFlag: undefined,
      followUpDays: 3,
      now: sent,
    });
    expect(decision.followUp).toBe(waiting.followUp);
  });
});
