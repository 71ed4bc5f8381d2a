// One delta round over Inbox and Junk: links kept, expired links restarted once, a folder that stays lost dropped.
import { toMessageId, type InboxDeltaResult, type WatchedFolder } from "../../ports/mail-api";
import { readWatchedFolders } from "./read-watched-folders";

const lost: InboxDeltaResult = { kind: "resync_required", reason: "syncStateNotFound" };

function changes(deltaLink: string, isComplete = true): InboxDeltaResult {
  return { kind: "changes", messages: [], removedIds: [], deltaLink, isComplete };
}

describe("readWatchedFolders", () => {
  it("drops the link of a folder that cannot restart, so the next refresh starts it over", async () => {
    const answers: Record<WatchedFolder, InboxDeltaResult>[] = [
      { inbox: changes("inbox-2"), junkemail: lost },
      { inbox: changes("inbox-2"), junkemail: lost },
    ];
    const calls: Partial<Record<WatchedFolder, string>>[] = [];
    const mail = {
      watchedFoldersDelta: (links: Partial<Record<WatchedFolder, string>>) => {
        calls.push(links);
        return Promise.resolve(
          answers[calls.length - 1] ?? answers[0] ?? { inbox: lost, junkemail: lost },
        );
      },
    };

    const round = await readWatchedFolders({
      mail,
      deltaLinks: { inbox: "inbox-1", junkemail: "junk-1" },
      maxPages: 3,
    });

    expect(calls).toStrictEqual([{ inbox: "inbox-1", junkemail: "junk-1" }, { inbox: "inbox-1" }]);
    expect(round).toStrictEqual({
      messages: [],
      deltaLinks: { inbox: "inbox-2" },
      isComplete: false,
      restartedFolders: ["junkemail"],
    });
  });

  it("gives both folders' mail and says when a page cap stopped a folder early", async () => {
    const reply = { id: toMessageId("m1"), subject: "Re: Hi" };
    const mail = {
      watchedFoldersDelta: () =>
        Promise.resolve({
          inbox: { ...changes("inbox-2", false), messages: [reply] },
          junkemail: changes("junk-2"),
        }),
    };

    const round = await readWatchedFolders({ mail, deltaLinks: {}, maxPages: 3 });

    expect(round).toStrictEqual({
      messages: [reply],
      deltaLinks: { inbox: "inbox-2", junkemail: "junk-2" },
      isComplete: false,
      restartedFolders: [],
    });
  });
});
