// One delta round over the watched folders, restarting a folder whose delta link Graph no longer knows.
import type {
  InboxDeltaResult,
  MailApi,
  MailboxMessage,
  WatchedFolder,
} from "../../ports/mail-api";

export interface WatchedFoldersRound {
  /** New and changed messages of every folder (changed ones may be partial: id and a few fields). */
  readonly messages: readonly MailboxMessage[];
  /** The links to save once the round's writes landed; a folder that could not restart has none. */
  readonly deltaLinks: Partial<Record<WatchedFolder, string>>;
  /** False when a page cap stopped a folder early; its link resumes it next time. */
  readonly isComplete: boolean;
  /** Folders whose link had expired and were read again from the start. */
  readonly restartedFolders: readonly WatchedFolder[];
}

const watchedFolders: readonly WatchedFolder[] = ["inbox", "junkemail"];

function withoutFolders(
  links: Partial<Record<WatchedFolder, string>>,
  dropped: readonly WatchedFolder[],
): Partial<Record<WatchedFolder, string>> {
  return Object.fromEntries(
    Object.entries(links).filter(([folder]) => !dropped.some((name) => name === folder)),
  );
}

/**
 * Reads each watched folder's changes since its link, in one `$batch` when nothing is new. A link
 * Graph has forgotten (410 Gone, `syncStateNotFound`) restarts that folder with a full pass bounded
 * by `maxPages`; tracked state is idempotent, so what the restart replays changes nothing. The second
 * call re-reads the other folders from the same links, so its answer is taken for all of them.
 */
export async function readWatchedFolders(options: {
  readonly mail: Pick<MailApi, "watchedFoldersDelta">;
  readonly deltaLinks: Partial<Record<WatchedFolder, string>>;
  readonly maxPages: number;
}): Promise<WatchedFoldersRound> {
  const { mail, maxPages } = options;
  let result = await mail.watchedFoldersDelta(options.deltaLinks, { maxPages });
  const expired = watchedFolders.filter((folder) => result[folder].kind === "resync_required");
  if (expired.length > 0)
    result = await mail.watchedFoldersDelta(withoutFolders(options.deltaLinks, expired), {
      maxPages,
    });
  const rounds = watchedFolders.map((folder): [WatchedFolder, InboxDeltaResult] => [
    folder,
    result[folder],
  ]);
  const deltaLinks: Partial<Record<WatchedFolder, string>> = {};
  const messages: MailboxMessage[] = [];
  let isComplete = true;
  for (const [folder, round] of rounds) {
    // Still unknown after a restart: no link is saved, so the next refresh starts it over.
    if (round.kind === "resync_required") {
      isComplete = false;
      continue;
    }
    messages.push(...round.messages);
    deltaLinks[folder] = round.deltaLink;
    isComplete &&= round.isComplete;
  }
  return { messages, deltaLinks, isComplete, restartedFolders: expired };
}
