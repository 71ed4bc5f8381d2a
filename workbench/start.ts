// `npm start`: runs the workbench and prints where to open it.
import { startWorkbench } from "./start-workbench";

async function main(): Promise<void> {
  const workbench = await startWorkbench({ verbose: process.argv.includes("--verbose") });
  console.log("");
  console.log("Tempo workbench is running (demo mailbox, no tenant needed):");
  console.log(`  Outlook workbench  ${workbench.hostUrl}`);
  console.log(
    `  Panes              ${workbench.panesUrl}/compose.html (also read, dashboard, settings)`,
  );
  console.log(`  Fake Graph         ${workbench.graph.graphUrl}`);
  console.log(`  Sign-in provider   ${workbench.identity.issuerUrl}`);
  console.log("Press Ctrl+C to stop.");
  const stop = (): void => {
    workbench.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error("Stopping the workbench failed:", error);
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

function describeStartFailure(error: unknown): string {
  const isPortTaken =
    typeof error === "object" && error !== null && "code" in error && error.code === "EADDRINUSE";
  if (isPortTaken && "port" in error) {
    return `Port ${String(error.port)} is already in use. Is another Tempo workbench (or a test run) still running? Stop it and run npm start again.`;
  }
  return `The workbench could not start: ${error instanceof Error ? error.message : String(error)}`;
}

main().catch((error: unknown) => {
  console.error(describeStartFailure(error));
  process.exit(1);
});
