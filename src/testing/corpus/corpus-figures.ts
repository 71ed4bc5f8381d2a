// Turns per-file corpus results into the figures we report: kind accuracy, hard/soft and recipient agreement.
import { BounceSeverity, ReplyKind } from "../../core/replies/reply-verdict";
import { isKindCorrect, type CaseResult } from "./corpus-measurement";

export interface Agreement {
  readonly compared: number;
  readonly agreed: number;
  readonly percent: number;
}

export interface CorpusFigures {
  readonly totalFiles: number;
  readonly crashed: readonly string[];
  readonly labeledFiles: number;
  readonly correctKind: Agreement;
  readonly perCategory: Readonly<Record<string, Agreement>>;
  /** Our hard/soft against sisimai's HardBounce (reason-based: only userunknown, hostunknown, hasmoved, notaccept are hard). */
  readonly hardSoftVsSisimaiHardBounce: Agreement;
  /** Our hard/soft against the class of sisimai's status code (5.x.x permanent, 4.x.x transient). */
  readonly hardSoftVsStatusClass: Agreement;
  /** Same number of distinct failed recipients as sisimai (the labels carry no addresses). */
  readonly recipientCount: Agreement;
  readonly msPerFile: number;
  readonly misclassified: readonly { file: string; expected: string; actual: string }[];
}

function toAgreement(compared: number, agreed: number): Agreement {
  const percent = compared === 0 ? 100 : Math.round((agreed / compared) * 10000) / 100;
  return { compared, agreed, percent };
}

function countWhere<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  return items.filter(predicate).length;
}

function describe(result: CaseResult): string {
  const { verdict } = result;
  if (verdict === undefined) return `crash: ${result.error ?? "?"}`;
  if (verdict.kind === ReplyKind.bounce) return `bounce/${verdict.severity}`;
  if (verdict.kind === ReplyKind.autoReply) return `auto_reply/${verdict.reason}`;
  return verdict.kind;
}

/** Computes every reported figure from the results of one run that took `elapsedMs`. */
export function computeCorpusFigures(
  results: readonly CaseResult[],
  elapsedMs: number,
): CorpusFigures {
  const labeled = results.filter((result) => result.corpusCase.expectedKind !== undefined);
  const isCorrect = (result: CaseResult): boolean =>
    result.corpusCase.expectedKind !== undefined &&
    isKindCorrect(result.corpusCase.expectedKind, result.verdict);
  const categories = [...new Set(labeled.map((result) => result.corpusCase.category))].sort();
  const perCategory = Object.fromEntries(
    categories.map((category) => {
      const inCategory = labeled.filter((result) => result.corpusCase.category === category);
      return [category, toAgreement(inCategory.length, countWhere(inCategory, isCorrect))];
    }),
  );
  const bounces = labeled.flatMap((result) => {
    const expected = result.corpusCase.expectedRecipients ?? [];
    const { verdict } = result;
    const isComparable =
      result.corpusCase.category === "sisimai/bounce" && verdict?.kind === ReplyKind.bounce;
    return isComparable ? [{ expected, verdict }] : [];
  });
  const withStatus = bounces.filter(({ expected }) =>
    /^[45]/.test(expected[0]?.deliveryStatus ?? ""),
  );
  return {
    totalFiles: results.length,
    crashed: results
      .filter((result) => result.verdict === undefined)
      .map((result) => result.corpusCase.file),
    labeledFiles: labeled.length,
    correctKind: toAgreement(labeled.length, countWhere(labeled, isCorrect)),
    perCategory,
    hardSoftVsSisimaiHardBounce: toAgreement(
      bounces.length,
      countWhere(
        bounces,
        ({ expected, verdict }) =>
          (verdict.severity === BounceSeverity.hard) === expected.some((e) => e.hardBounce),
      ),
    ),
    hardSoftVsStatusClass: toAgreement(
      withStatus.length,
      countWhere(
        withStatus,
        ({ expected, verdict }) =>
          (verdict.severity === BounceSeverity.hard) ===
          expected[0]?.deliveryStatus.startsWith("5"),
      ),
    ),
    recipientCount: toAgreement(
      bounces.length,
      countWhere(
        bounces,
        ({ expected, verdict }) => verdict.failedRecipients.length === expected.length,
      ),
    ),
    msPerFile: results.length === 0 ? 0 : Math.round((elapsedMs / results.length) * 100) / 100,
    misclassified: labeled
      .filter((result) => !isCorrect(result))
      .map((result) => ({
        file: result.corpusCase.file,
        expected: String(result.corpusCase.expectedKind),
        actual: describe(result),
      })),
  };
}
