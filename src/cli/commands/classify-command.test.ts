// `tempo classify` on real corpus files with captured streams; add a row with a corpus file and its line.
import { join } from "node:path";
import { resolveCorpusDir } from "../../testing/corpus/resolve-corpus-dir";
import { classifyCommand } from "./classify-command";

const corpusDir = resolveCorpusDir(undefined);

async function runClassify(
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await classifyCommand.run(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

const office365 = join(corpusDir, "sisimai/maildir-bsd/lhost-office365-01.eml");
const oof = join(corpusDir, "sisimai/maildir-bsd/rfc3834-02.eml");
const gmail = join(corpusDir, "talon-standard-replies/gmail.eml");

describe("tempo classify", () => {
  it("prints one JSON line per file, keys in a stable order", async () => {
    expect(await runClassify([office365, oof, gmail])).toStrictEqual({
      code: 0,
      stderr: "",
      stdout: [
        `{"file":${JSON.stringify(office365)},"kind":"bounce","bounce":"hard","recipient":"kijitora@example.com","reason":"Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'"}`,
        `{"file":${JSON.stringify(oof)},"kind":"auto_reply","bounce":null,"recipient":null,"reason":"out_of_office"}`,
        `{"file":${JSON.stringify(gmail)},"kind":"human_reply","bounce":null,"recipient":null,"reason":null}`,
        "",
      ].join("\n"),
    });
  });

  it("reports an unreadable file as kind null, keeps going, and exits 1", async () => {
    const missing = join(corpusDir, "no-such-file.eml");
    const result = await runClassify([missing, gmail]);
    expect(result).toStrictEqual({
      code: 1,
      stderr: "",
      stdout: [
        JSON.stringify({
          file: missing,
          kind: null,
          bounce: null,
          recipient: null,
          reason: null,
          error: `ENOENT: no such file or directory, open '${missing}'`,
        }),
        `{"file":${JSON.stringify(gmail)},"kind":"human_reply","bounce":null,"recipient":null,"reason":null}`,
        "",
      ].join("\n"),
    });
  });

  it.each([[[]], [["--help"]]])("prints usage on stderr and exits 2 for %p", async (args) => {
    const result = await runClassify(args);
    expect({
      code: result.code,
      stdout: result.stdout,
      startsWithUsage: result.stderr.startsWith("Usage: tempo classify"),
    }).toStrictEqual({
      code: 2,
      stdout: "",
      startsWithUsage: true,
    });
  });
});
