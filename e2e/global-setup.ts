// Starts the workbench once for every e2e scenario and stops it afterwards.
import { startWorkbench } from "../workbench/start-workbench";

export default async function globalSetup(): Promise<() => Promise<void>> {
  const workbench = await startWorkbench({ graphLogPath: process.env.GRAPH_LOG });
  process.env.TEMPO_WORKBENCH_HOST_URL = workbench.hostUrl;
  process.env.TEMPO_WORKBENCH_GRAPH_URL = workbench.graph.baseUrl;
  return () => workbench.close();
}
