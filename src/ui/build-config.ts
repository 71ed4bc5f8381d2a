// Build-time settings that webpack's DefinePlugin writes in; the fallbacks apply under jest.

export const buildConfig = {
  version: process.env.TEMPO_VERSION ?? "dev",
  graphBaseUrl: process.env.TEMPO_GRAPH_BASE_URL ?? "https://graph.microsoft.com/v1.0",
  clientId: process.env.TEMPO_CLIENT_ID ?? "",
  authority: process.env.TEMPO_AUTHORITY ?? "https://login.microsoftonline.com/common",
} as const;
