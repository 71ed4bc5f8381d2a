// Runs the mail corpora (sisimai, talon, BounceParser) through parse-eml + classifyReply and computes figures.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEml } from "../../adapters/mime/parse-eml";
import { classifyReply } from "../../core/replies/classify-reply";
import { ReplyKind, type ReplyVerdict } from "../../core/replies/reply-verdict";

/** What a labeled file must classify as; `not_bounce` accepts anything but a bounce. */
export type ExpectedKind = ReplyKind | "not_bounce";

export interface CorpusCase {
  /** Path relative to the mail-corpus directory, e.g. `sisimai/maildir-bsd/arf-01.eml`. */
  readonly file: string;
  /** corpus/category, e.g. `sisimai/bounce` or `bounceparser/challenge-response`. */
  readonly category: string;
  /** undefined for the unlabeled files, which only have to parse and classify without crashing. */
  readonly expectedKind?: ExpectedKind;
  /** sisimai: one entry per failed recipient, with its HardBounce flag and status code. */
  readonly expectedRecipients?: readonly {
    readonly hardBounce: boolean;
    readonly deliveryStatus: string;
  }[];
}

interface SisimaiLabels {
  unlabeledFiles: string[];
  notBounce: { dir: string; files: string[] };
  entries: {
    file: string;
    category: string;
    expected: { hardBounce: boolean; deliveryStatus: string }[];
  }[];
}
interface CategoryLabels {
  entries: { file: string; category: string; is_bounce?: boolean }[];
}

const SISIMAI_KINDS: Readonly<Record<string, ReplyKind>> = {
  bounce: ReplyKind.bounce,
  "feedback-report": ReplyKind.feedbackReport,
  "auto-reply": ReplyKind.autoReply,
  "delivery-success-dsn": ReplyKind.deliveryReport,
};
// Challenge/response mail holds our message until the sender verifies: we count it correct only as
// auto_reply (reason challenge_response), never as a bounce and never as a human reply.
const BOUNCEPARSER_KINDS: Readonly<Record<string, ReplyKind>> = {
  bounce: ReplyKind.bounce,
  "auto-reply": ReplyKind.autoReply,
  "challenge-response": ReplyKind.autoReply,
};

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

/** Every corpus file with its expectation, in a stable order. */
export function listCorpusCases(corpusDir: string): CorpusCase[] {
  const sisimai = readJson<SisimaiLabels>(join(corpusDir, "sisimai/labels.json"));
  const talon = readJson<CategoryLabels>(join(corpusDir, "talon-standard-replies/labels.json"));
  const bounceParser = readJson<CategoryLabels>(
    join(corpusDir, "bounceparser-non-bounce/labels.json"),
  );
  const labeled = new Set(sisimai.entries.map((entry) => entry.file));
  const sisimaiFiles = readdirSync(join(corpusDir, "sisimai/maildir-bsd"))
    .filter((name) => name.endsWith(".eml"))
    .sort();
  return [
    ...sisimai.entries.map((entry) => ({
      file: `sisimai/maildir-bsd/${entry.file}`,
      category: `sisimai/${entry.category}`,
      expectedKind: SISIMAI_KINDS[entry.category] ?? ReplyKind.bounce,
      expectedRecipients: entry.expected,
    })),
    ...sisimaiFiles
      .filter((name) => !labeled.has(name))
      .map((name) => ({ file: `sisimai/maildir-bsd/${name}`, category: "sisimai/unlabeled" })),
    ...sisimai.notBounce.files.map((name) => ({
      file: `sisimai/${sisimai.notBounce.dir.replace(/\/$/, "")}/${name}`,
      category: "sisimai/not-bounce",
      expectedKind: "not_bounce" as const,
    })),
    ...talon.entries.map((entry) => ({
      file: `talon-standard-replies/${entry.file}`,
      category: "talon/human-reply",
      expectedKind: ReplyKind.humanReply,
    })),
    ...bounceParser.entries.map((entry) => ({
      file: `bounceparser-non-bounce/${entry.file}`,
      category: `bounceparser/${entry.category}`,
      expectedKind:
        BOUNCEPARSER_KINDS[entry.category] ??
        (entry.is_bounce === true ? ReplyKind.bounce : "not_bounce"),
    })),
  ];
}

export interface CaseResult {
  readonly corpusCase: CorpusCase;
  readonly verdict?: ReplyVerdict;
  readonly error?: string;
}

/** Parses and classifies every case; a crash is recorded, never thrown. */
export async function runCorpus(
  corpusDir: string,
  cases: readonly CorpusCase[],
): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const corpusCase of cases) {
    try {
      const message = await parseEml(readFileSync(join(corpusDir, corpusCase.file)));
      results.push({ corpusCase, verdict: classifyReply(message) });
    } catch (error: unknown) {
      results.push({ corpusCase, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return results;
}

/** Whether `verdict` meets `expected`. */
export function isKindCorrect(expected: ExpectedKind, verdict: ReplyVerdict | undefined): boolean {
  if (verdict === undefined) return false;
  return expected === "not_bounce" ? verdict.kind !== ReplyKind.bounce : verdict.kind === expected;
}
