// Webpack build of the four task panes and the commands runtime; `--env workbench` adds the local Outlook host.
const fs = require("node:fs");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");
const packageJson = require("./package.json");

const officeJsUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
// Hosted Office.js pulls MicrosoftAjax from this CDN on some clients (OfficeDev/office-js#1005).
const officeScriptOrigins = ["https://appsforoffice.microsoft.com", "https://ajax.aspnetcdn.com"];

/** Where the panes point when nothing else is said; nothing here is a secret. */
const productionDefaults = {
  graphBaseUrl: "https://graph.microsoft.com/v1.0",
  authority: "https://login.microsoftonline.com/common",
  clientId: "",
};
/** The workbench's fake Graph and local OpenID provider (workbench/workbench-config.ts). */
const workbenchDefaults = {
  graphBaseUrl: "http://127.0.0.1:4100/v1.0",
  authority: "https://localhost:8443/378087a5-27cb-47cf-87b5-62a739856475",
  clientId: "d638ed90-0eaf-4524-a4db-0e8df53e8116",
};

const panes = [
  { name: "compose", title: "Compose with Tempo" },
  { name: "read", title: "Tempo activity" },
  { name: "dashboard", title: "Tempo dashboard" },
  { name: "settings", title: "Tempo settings" },
];
const paneNames = new Set(panes.map((pane) => pane.name));
/** The Office dialog that signs in without NAA; also the SPA redirect URI (src/ui/panes/auth-dialog). */
const authDialog = { name: "auth-dialog", title: "Sign in to Tempo" };
/** Loaded by URL from the manifest or the workbench host, so their names never carry a hash. */
const stableNames = new Set(["commands", "office-shim"]);

const workbenchHost = {
  entry: "./workbench/host/index.tsx",
  template: "./workbench/host/index.html",
  officeShim: "./workbench/host/office-shim.ts",
};

/** `--env key=value` first, then TEMPO_* environment variables, then the defaults. */
function readBuildSettings(env) {
  const defaults = env.workbench ? workbenchDefaults : productionDefaults;
  const pick = (envKey, variable) => env[envKey] ?? process.env[variable] ?? defaults[envKey];
  return {
    graphBaseUrl: pick("graphBaseUrl", "TEMPO_GRAPH_BASE_URL"),
    authority: pick("authority", "TEMPO_AUTHORITY"),
    clientId: pick("clientId", "TEMPO_CLIENT_ID"),
    version: env.version ?? process.env.TEMPO_VERSION ?? packageJson.version,
    baseUrl: env.baseUrl ?? process.env.TEMPO_BASE_URL,
  };
}

/** The origin the production files are served from: https, no path (`tempo manifest` checks the same). */
function readDeploymentOrigin(settings) {
  if (settings.baseUrl === undefined) return undefined;
  const url = URL.canParse(settings.baseUrl) ? new URL(settings.baseUrl) : undefined;
  const isOrigin = url?.protocol === "https:" && url.pathname === "/" && !url.search && !url.hash;
  const isClientId = /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(settings.clientId);
  if (!isOrigin)
    throw new Error(`--env baseUrl=${settings.baseUrl} must be an https origin with no path`);
  if (!isClientId)
    throw new Error("--env baseUrl needs --env clientId=<app registration's client id>");
  return url.origin;
}

/**
 * Classic Outlook on Windows runs the event handlers from commands.js alone; nested app auth there
 * needs the origin to list that file (GRAPH-FACTS E13, use-sso-in-event-based-activation).
 */
class OfficeAddinsAllowedPlugin {
  constructor(origin) {
    this.content = `${JSON.stringify({ allowed: [`${origin}/commands.js`] }, null, 2)}\n`;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("OfficeAddinsAllowedPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "OfficeAddinsAllowedPlugin",
          stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          const file = ".well-known/microsoft-officeaddins-allowed.json";
          compilation.emitAsset(file, new webpack.sources.RawSource(this.content));
        },
      );
    });
  }
}

function buildContentSecurityPolicy({ isWorkbench, settings }) {
  const scriptOrigins = isWorkbench ? [] : officeScriptOrigins;
  const connectOrigins = [settings.graphBaseUrl, settings.authority].map(
    (url) => new URL(url).origin,
  );
  return [
    "default-src 'self'",
    ["script-src", "'self'", ...scriptOrigins].join(" "),
    // Production panes talk to Graph and the identity platform only; the workbench keeps 'self'.
    ["connect-src", ...(isWorkbench ? ["'self'"] : []), ...new Set(connectOrigins)].join(" "),
    // Fluent UI (Griffel) inserts its styles at runtime, and the skeleton is inline CSS.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

function buildEntries(isWorkbench) {
  const entries = Object.fromEntries(
    panes.map((pane) => [pane.name, `./src/ui/panes/${pane.name}-pane/index.tsx`]),
  );
  entries.commands = "./src/commands/commands.ts";
  entries[authDialog.name] = `./src/ui/panes/${authDialog.name}/index.tsx`;
  // The workbench files are written separately; the build must not fail before they exist.
  if (isWorkbench && fs.existsSync(workbenchHost.entry)) {
    entries.workbench = workbenchHost.entry;
  }
  if (isWorkbench && fs.existsSync(workbenchHost.officeShim)) {
    entries["office-shim"] = workbenchHost.officeShim;
  }
  return entries;
}

function buildHtmlPages({ entries, isWorkbench, csp }) {
  const scriptUrl = isWorkbench ? "/office-shim.js" : officeJsUrl;
  const common = { csp, officeJsUrl: scriptUrl, scriptLoading: "defer", inject: "head" };
  const pages = panes.map(
    (pane) =>
      new HtmlWebpackPlugin({
        ...common,
        filename: `${pane.name}.html`,
        template: "./src/ui/html/pane.html",
        title: pane.title,
        chunks: [pane.name],
      }),
  );
  pages.push(
    new HtmlWebpackPlugin({
      ...common,
      filename: `${authDialog.name}.html`,
      template: "./src/ui/html/pane.html",
      title: authDialog.title,
      chunks: [authDialog.name],
    }),
  );
  pages.push(
    new HtmlWebpackPlugin({
      ...common,
      filename: "commands.html",
      template: "./src/commands/commands.html",
      chunks: ["commands"],
    }),
  );
  if (entries.workbench) {
    const hasTemplate = fs.existsSync(workbenchHost.template);
    pages.push(
      new HtmlWebpackPlugin({
        filename: "index.html",
        chunks: ["workbench"],
        title: "Tempo workbench",
        ...(hasTemplate
          ? { template: workbenchHost.template }
          : {
              templateContent:
                '<!doctype html><html lang="en"><head><meta charset="utf-8" />' +
                '<title>Tempo workbench</title></head><body><div id="root"></div></body></html>',
            }),
      }),
    );
  }
  return pages;
}

function buildOptimization(isProduction) {
  // commands.js must stay one file (Outlook classic runs it alone); office-shim.js is one script tag.
  const isPaneChunk = (chunk) => paneNames.has(chunk.name);
  const nodeModules = /[\\/]node_modules[\\/]/;
  return {
    splitChunks: {
      // Group modules by the panes that use them, not by which of their exports each pane uses:
      // otherwise React (one CommonJS module, different hooks per pane) is copied into every pane.
      usedExports: false,
      cacheGroups: {
        default: false,
        defaultVendors: false,
        // What every pane renders with (React, the Fluent provider, Griffel, Text, MessageBar): one cached file
        // whose hash moves only when those packages do. A package only some panes use stays in their
        // own entry chunk, so a pane never loads another pane's components on first render.
        vendor: {
          name: "vendor",
          test: nodeModules,
          chunks: isPaneChunk,
          minChunks: panes.length,
          enforce: true,
          priority: 20,
        },
        common: {
          name: "common",
          test: (module) => !nodeModules.test(module.nameForCondition() ?? ""),
          chunks: isPaneChunk,
          minChunks: 2,
          enforce: true,
          priority: 10,
        },
      },
    },
    // Ids from names and paths, not from build order: an app-only deploy leaves the vendor file's hash alone.
    moduleIds: isProduction ? "deterministic" : "named",
    chunkIds: isProduction ? "deterministic" : "named",
  };
}

function buildDevServer() {
  return {
    // 127.0.0.1 answers both the host page (127.0.0.1:3000) and the panes (localhost:3000).
    host: "127.0.0.1",
    port: 3000,
    allowedHosts: ["localhost", "127.0.0.1"],
    // The panes' CSP blocks the reload client's websocket and eval, so it is off entirely.
    hot: false,
    liveReload: false,
    client: false,
    webSocketServer: false,
    static: false,
    setupMiddlewares: (middlewares) => {
      middlewares.unshift({
        name: "manifest-cors",
        path: "/manifest.xml",
        middleware: (_request, response, next) => {
          response.setHeader("Access-Control-Allow-Origin", "*");
          next();
        },
      });
      return middlewares;
    },
  };
}

module.exports = (env = {}, argv = {}) => {
  const isProduction = argv.mode === "production";
  const isWorkbench = Boolean(env.workbench);
  const settings = readBuildSettings(env);
  const deploymentOrigin = readDeploymentOrigin(settings);
  const entries = buildEntries(isWorkbench);
  const csp = buildContentSecurityPolicy({ isWorkbench, settings });
  const hashed = isProduction ? ".[contenthash:8]" : "";
  return {
    mode: isProduction ? "production" : "development",
    entry: entries,
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: (pathData) =>
        stableNames.has(pathData.chunk?.name ?? "") ? "[name].js" : `[name]${hashed}.js`,
      chunkFilename: `[name]${hashed}.js`,
      clean: true,
    },
    // No eval-based maps: the CSP has no 'unsafe-eval'. Production ships without maps.
    devtool: isProduction ? false : "source-map",
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      alias: { "@": path.resolve(__dirname, "src") },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // tsc type-checks separately (npm run typecheck); the tsconfig itself has noEmit.
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    plugins: [
      new webpack.DefinePlugin({
        "process.env.TEMPO_GRAPH_BASE_URL": JSON.stringify(settings.graphBaseUrl),
        "process.env.TEMPO_CLIENT_ID": JSON.stringify(settings.clientId),
        "process.env.TEMPO_AUTHORITY": JSON.stringify(settings.authority),
        "process.env.TEMPO_VERSION": JSON.stringify(settings.version),
      }),
      ...buildHtmlPages({ entries, isWorkbench, csp }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets", noErrorOnMissing: true },
          // A deployment's manifest comes from `tempo manifest --out dist` (validated); the dev one would point at localhost.
          ...(deploymentOrigin
            ? []
            : [{ from: "manifest.xml", to: "manifest.xml", noErrorOnMissing: true }]),
          { from: "src/ui/html/help.html", to: "help.html" },
        ],
      }),
      new OfficeAddinsAllowedPlugin(deploymentOrigin ?? "https://localhost:3000"),
    ],
    optimization: buildOptimization(isProduction),
    performance: {
      // Fluent UI and React share one cached vendor chunk across the four panes.
      maxEntrypointSize: 700 * 1024,
      maxAssetSize: 600 * 1024,
    },
    devServer: buildDevServer(),
  };
};
