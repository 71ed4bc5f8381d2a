// `tempo classify <file.eml…>`: prints one JSON line per message with the classifier's verdict.
import { readFile } from "node:fs/promises";
import { parseEml } from "../../adapters/mime/parse-eml";
import { classifyReply } from "../../core/replies/classify-reply";
import { ReplyKind, type ReplyVerdict } from "../../core/replies/reply-verdict";
import type { CliCommand, CliStreams } from "../cli-command";

const USAGE = `Usage: tempo classify <file.eml…>

Classifies each message and prints one JSON line per file:
  {"file", "kind", "bounce": "hard"|"soft"|null, "recipient": <first failed recipient>|null, "reason"}
kind is human_reply, auto_reply, bounce, read_receipt, delivery_report, unsubscribe_request or
feedback_report. An unreadable file prints "kind": null with "error", and the exit code is 1.
`;

/** The stable output line for one verdict; keys in this order, always present. */
export function formatVerdictLine(file: string, verdict: ReplyVerdict): string {
  const isBounce = verdict.kind === ReplyKind.bounce;
  const reason = isBounce
    ? verdict.reason
    : verdict.kind === ReplyKind.autoReply
      ? verdict.reason
      : null;
  return JSON.stringify({
    file,
    kind: verdict.kind,
    bounce: isBounce ? verdict.severity : null,
    recipient: isBounce ? (verdict.failedRecipients[0] ?? null) : null,
    reason,
  });
}

function formatErrorLine(file: string, error: unknown): string {
  // Not `instanceof Error`: errors from node:fs come from another realm under jest.
  const hasMessage = typeof error === "object" && error !== null && "message" in error;
  const message = hasMessage ? String(error.message) : String(error);
  return JSON.stringify({
    file,
    kind: null,
    bounce: null,
    recipient: null,
    reason: null,
    error: message,
  });
}

async function classifyFile(file: string, streams: CliStreams): Promise<boolean> {
  let raw: Buffer;
  try {
    raw = await readFile(file);
  } catch (error: unknown) {
    streams.stdout.write(`${formatErrorLine(file, error)}\n`);
    return false;
  }
  streams.stdout.write(`${formatVerdictLine(file, classifyReply(await parseEml(raw)))}\n`);
  return true;
}

export const classifyCommand: CliCommand = {
  summary:
    "Classify .eml files as human reply, auto-reply, bounce, receipt or request (one JSON line each).",
  async run(args, streams) {
    const isHelp = args.length === 0 || args.includes("--help") || args.includes("-h");
    if (isHelp) {
      streams.stderr.write(USAGE);
      return 2;
    }
    let allRead = true;
    for (const file of args) {
      // Sequential on purpose: output lines stay in argument order.
      allRead = (await classifyFile(file, streams)) && allRead;
    }
    return allRead ? 0 : 1;
  },
};
