// CLI: starts the fake Graph on the workbench port and prints its URL (`npx tsx workbench/graph/main.ts`).
import { startFakeGraph } from "./fake-graph-server";

async function main(): Promise<void> {
  const port = process.env.GRAPH_PORT === undefined ? undefined : Number(process.env.GRAPH_PORT);
  const graph = await startFakeGraph(port === undefined ? {} : { port });
  console.log(`Fake Microsoft Graph listening on ${graph.graphUrl}`);
  console.log(`Control API: ${graph.baseUrl}/_fake/health`);
  const stop = (): void => {
    void graph.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
