// CLI: validates an Outlook add-in manifest offline (XSD + Office's extra rules) and online when reachable; exit 1 if invalid.
import { formatReport, runManifestChecks } from "./manifest/run-checks";

const usage =
  "usage: tsx scripts/validate-manifest.ts <manifest.xml> [--json] [--offline] [--assets <dir>]";

interface CliArguments {
  manifestPath: string;
  isJson: boolean;
  isOffline: boolean;
  assetsDir: string | undefined;
}

function parseArguments(argv: readonly string[]): CliArguments | undefined {
  const positional: string[] = [];
  let assetsDir: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const argument = argv[i];
    if (argument === "--assets") {
      assetsDir = argv[i + 1];
      i += 1;
    } else if (argument !== undefined && !argument.startsWith("--")) {
      positional.push(argument);
    }
  }
  const manifestPath = positional[0];
  if (manifestPath === undefined) return undefined;
  return {
    manifestPath,
    isJson: argv.includes("--json"),
    isOffline: argv.includes("--offline"),
    assetsDir,
  };
}

async function main(): Promise<number> {
  const cli = parseArguments(process.argv.slice(2));
  if (!cli) {
    console.error(usage);
    return 2;
  }
  const report = await runManifestChecks({
    manifestPath: cli.manifestPath,
    assetsDir: cli.assetsDir,
    isOffline: cli.isOffline,
  });
  if (cli.isJson) console.log(JSON.stringify(report, null, 2));
  else for (const line of formatReport(report)) console.log(line);
  return report.isValid ? 0 : 1;
}

main().then(
  (exitCode) => {
    process.exitCode = exitCode;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
