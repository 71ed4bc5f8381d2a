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

main().catch((error: unknown) => {
  console.error("The workbench could not start:", error);
  process.exit(1);
});
