// Fixed addresses and identities of the local workbench, shared by the host, fake Graph, identity provider and tests.

/** The add-in's manifest Id; Office stores custom properties under `cecp-<this id>`. */
export const addInId = "5b73b27d-2b6e-4d85-8a3e-f432b1d20dcb";

/** The workbench's own app registration and tenant; nothing here is a secret. */
export const workbenchClientId = "d638ed90-0eaf-4524-a4db-0e8df53e8116";
export const workbenchTenantId = "378087a5-27cb-47cf-87b5-62a739856475";

/** Ports on loopback. The host page is opened on 127.0.0.1 and frames panes from localhost, so they are cross-site as in Outlook on the web. */
export const workbenchPorts = { web: 3000, graph: 4100, identity: 8443 } as const;

export const workbenchUrls = {
  host: `http://127.0.0.1:${workbenchPorts.web}/`,
  panes: `http://localhost:${workbenchPorts.web}`,
  graph: `http://127.0.0.1:${workbenchPorts.graph}`,
  identity: `https://localhost:${workbenchPorts.identity}/${workbenchTenantId}`,
} as const;

/** The demo mailbox's owner, the rep. */
export const demoUser = {
  displayName: "Alex Wilber",
  emailAddress: "alex.wilber@contoso.com",
  timeZone: "Pacific Standard Time",
  ianaTimeZone: "America/Los_Angeles",
} as const;
