// The `tempo` command line: one entry point for the pure core and the admin tools; each subcommand lives in cli/commands/.
import type { CliCommand } from "./cli-command";

const commands: Record<string, () => Promise<CliCommand>> = {
  classify: async () => (await import("./commands/classify-command")).classifyCommand,
  slots: async () => (await import("./commands/slots-command")).slotsCommand,
  manifest: async () => (await import("./commands/manifest-command")).manifestCommand,
  "app-registration": async () =>
    (await import("./commands/app-registration-command")).appRegistrationCommand,
  "consent-url": async () => (await import("./commands/consent-url-command")).consentUrlCommand,
};

function printUsage(): void {
  console.log("Usage: tempo <command> [options]\n\nCommands:");
  for (const name of Object.keys(commands)) {
    console.log(`  ${name}`);
  }
  console.log("\nRun `tempo <command> --help` for the options of one command.");
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h") {
    printUsage();
    return name === undefined ? 2 : 0;
  }
  const load = commands[name];
  if (load === undefined) {
    console.error(`tempo: unknown command '${name}'.`);
    printUsage();
    return 2;
  }
  const command = await load();
  return command.run(args, { stdout: process.stdout, stderr: process.stderr });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error("tempo: unexpected failure:", error);
    process.exitCode = 1;
  },
);
