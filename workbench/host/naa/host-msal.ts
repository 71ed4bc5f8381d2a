// The workbench host's own MSAL client, standing in for Outlook's sign-in: code + PKCE in a popup against the local provider.
import { createStandardPublicClientApplication } from "@azure/msal-browser";
import { workbenchUrls } from "../../workbench-config";
import type { HostAuthClient } from "./naa-broker";

/** The authority the panes were built with (DefinePlugin), else the default local provider. */
export function readHostAuthority(query: URLSearchParams): string {
  return query.get("authority") ?? process.env.TEMPO_AUTHORITY ?? workbenchUrls.identity;
}

/** One client per add-in client id, created on first use; popups return through auth-dialog.html's redirect bridge. */
export function createHostClients(options: { authority: string; hostOrigin: string }) {
  const clients = new Map<string, Promise<HostAuthClient>>();
  return (clientId: string): Promise<HostAuthClient> => {
    let client = clients.get(clientId);
    if (client === undefined) {
      client = createStandardPublicClientApplication({
        auth: {
          clientId,
          authority: options.authority,
          knownAuthorities: [new URL(options.authority).host],
          redirectUri: `${options.hostOrigin}/auth-dialog.html`,
        },
        cache: { cacheLocation: "localStorage" },
      });
      clients.set(clientId, client);
    }
    return client;
  };
}
