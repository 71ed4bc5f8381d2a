// Starts the whole local workbench: the OpenID provider, the fake Graph (verifying its tokens) and the web server for host and panes.
import path from "node:path";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";
import { startFakeGraph, type FakeGraph, type TokenClaims } from "./graph/fake-graph-server";
import { createAccessTokenVerifier } from "./identity/verify-access-token";
import { startIdentityProvider, type IdentityProvider } from "./identity/identity-provider";
import { workbenchPorts } from "./workbench-config";

export interface WorkbenchOptions {
  webPort?: number;
  graphPort?: number;
  identityPort?: number;
  /** JSONL log of every Graph request, as `GRAPH_LOG` does. */
  graphLogPath?: string;
  /** Initial time of the fake Graph's clock; default the real now. */
  now?: Date;
  /** Print webpack progress; default false. */
  verbose?: boolean;
}

export interface Workbench {
  hostUrl: string;
  panesUrl: string;
  graph: FakeGraph;
  identity: IdentityProvider;
  close(): Promise<void>;
}

interface WebpackConfigFactory {
  (env: Record<string, string | boolean>, argv: { mode: string }): webpack.Configuration;
}

/** Starts every workbench service on loopback and resolves when the panes are compiled and served. */
export async function startWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  const webPort = options.webPort ?? workbenchPorts.web;
  const identity = await startIdentityProvider({
    port: options.identityPort ?? workbenchPorts.identity,
  });
  const verifyAccessToken = createAccessTokenVerifier(identity.jwksUrl, {
    issuer: identity.tokenIssuer,
    audience: "https://graph.microsoft.com",
  });
  // The fake Graph reads `scp` as the JWT carries it: one space-separated string.
  const verifyToken = async (jwt: string): Promise<TokenClaims | null> => {
    const claims = await verifyAccessToken(jwt);
    return claims && { ...claims, scp: claims.scp.join(" ") };
  };
  const graph = await startFakeGraph({
    port: options.graphPort ?? workbenchPorts.graph,
    logPath: options.graphLogPath ?? process.env.GRAPH_LOG,
    now: options.now,
    verifyToken,
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack config is CommonJS so webpack-cli can load it without a TS loader.
  const configFactory = require(
    path.resolve(__dirname, "../webpack.config.cjs"),
  ) as WebpackConfigFactory;
  const config = configFactory(
    {
      workbench: true,
      graphBaseUrl: graph.graphUrl,
      authority: identity.authorityUrl,
    },
    { mode: "development" },
  );
  config.infrastructureLogging = { level: options.verbose ? "info" : "warn" };
  config.stats = options.verbose ? "normal" : "errors-warnings";
  const compiler = webpack(config);
  if (compiler === null) {
    throw new Error("webpack could not create a compiler for the workbench configuration");
  }
  const server = new WebpackDevServer({ ...config.devServer, port: webPort }, compiler);
  await server.start();
  await waitForFirstCompile(compiler);
  return {
    hostUrl: `http://127.0.0.1:${webPort}/`,
    panesUrl: `http://localhost:${webPort}`,
    graph,
    identity,
    async close() {
      await server.stop();
      await graph.close();
      await identity.close();
    },
  };
}

function waitForFirstCompile(compiler: webpack.Compiler): Promise<void> {
  return new Promise((resolve, reject) => {
    compiler.hooks.done.tap("tempo-workbench", (stats) => {
      if (stats.hasErrors()) {
        reject(new Error(stats.toString({ all: false, errors: true })));
      } else {
        resolve();
      }
    });
  });
}
