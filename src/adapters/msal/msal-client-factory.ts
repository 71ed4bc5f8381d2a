// Creates real MSAL clients: the nestable one (NAA when the host bridge exists) and the standard one.
import {
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
} from "@azure/msal-browser";
import type { MsalClientFactory } from "./msal-client";

export const browserMsalClients: MsalClientFactory = {
  createNestable: (configuration) => createNestablePublicClientApplication(configuration),
  createStandard: (configuration) => createStandardPublicClientApplication(configuration),
};
