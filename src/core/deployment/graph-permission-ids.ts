// The GUIDs Entra ID knows Tempo's delegated Microsoft Graph permissions by, for an app registration's requiredResourceAccess.
import type { GraphScope } from "../consent/graph-scopes";

/** Microsoft Graph's application ID, the same in every tenant. */
export const microsoftGraphAppId = "00000003-0000-0000-c000-000000000000";

/** Sign-in scopes; Entra ID lists them under Microsoft Graph too. */
export type OidcScope = "openid" | "profile" | "offline_access" | "email";

/** Delegated scopes for another person's mailbox, asked only when a rep turns on shared-mailbox use. */
export type SharedMailboxScope = "Mail.Read.Shared" | "Mail.Send.Shared";

export type DelegatedPermission = OidcScope | GraphScope | SharedMailboxScope;

/**
 * Delegated (work or school) permission IDs. Copied from Graph's own permission data
 * (provisioningInfo.json, permissions-descriptions.json in the shared oracles); graph-permission-ids.test.ts
 * compares every row with those files. To add a scope: add it here and run that test.
 * The type lists every GraphScope, so a new scope in src/core/consent fails to compile until its ID is here.
 */
export const delegatedPermissionIds: Readonly<Record<DelegatedPermission, string>> = {
  openid: "37f7f235-527c-4136-accd-4a02d197296e",
  profile: "14dad69e-099b-42c9-810b-d002981feec1",
  offline_access: "7427e0e9-2fba-42fe-b0c0-848c9e6a8182",
  email: "64a6cdd6-aab1-4aaf-94b8-3cc8405e90d0",
  "User.Read": "e1fe6dd8-ba31-4d61-89e7-88639da4683d",
  "Mail.ReadBasic": "a4b8392a-d8d1-4954-a029-8e668a39a170",
  "Mail.Read": "570282fd-fa5c-430d-a7fd-fc8dc98a9dca",
  "Mail.ReadWrite": "024d486e-b451-40bb-833d-3e66d98c5c73",
  "Mail.Send": "e383f46e-2787-4529-855e-0e479a3ffac0",
  "Calendars.ReadBasic": "662d75ba-a364-42ad-adee-f5f880ea4878",
  "Calendars.Read": "465a38f9-76ea-45b9-9f34-9e8b0d4b0b42",
  "Calendars.ReadWrite": "1ec239c2-d7c9-4623-a91a-a9775856bb36",
  "MailboxSettings.Read": "87f447af-9fa4-4c32-9dfa-4a57a73d18ce",
  "Mail.Read.Shared": "7b9103a5-4610-446b-9670-80643382c1fa",
  "Mail.Send.Shared": "a367ab51-6b49-43bf-a716-a1fb06d2a174",
};

/** Whether `name` is a scope this table has an ID for (Graph names are case-insensitive; this table is not). */
export function isDelegatedPermission(name: string): name is DelegatedPermission {
  return Object.hasOwn(delegatedPermissionIds, name);
}
