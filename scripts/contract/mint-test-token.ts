// Mints the unsigned delegated Graph access token the fake Graph accepts when it runs without verification.
import { workbenchTenantId } from "../../workbench/workbench-config";

export const contractScopes = [
  "User.Read",
  "Mail.ReadWrite",
  "Mail.Send",
  "Calendars.ReadWrite",
  "MailboxSettings.ReadWrite",
];

/** An `alg: none` JWT (`header.payload.`) valid for an hour, e.g. for `Authorization: Bearer <token>`. */
export function mintUnsignedGraphToken(options: { nowSeconds: number; scopes?: string[] }): string {
  const encode = (value: object): string =>
    Buffer.from(JSON.stringify(value)).toString("base64url");
  const header = { alg: "none", typ: "JWT" };
  const payload = {
    aud: "https://graph.microsoft.com",
    iss: `https://sts.windows.net/${workbenchTenantId}/`,
    tid: workbenchTenantId,
    oid: "9f2c5f51-5d4e-4b44-9a5e-2d0c6f1d7a10",
    scp: (options.scopes ?? contractScopes).join(" "),
    iat: options.nowSeconds,
    nbf: options.nowSeconds,
    exp: options.nowSeconds + 3600,
  };
  return `${encode(header)}.${encode(payload)}.`;
}
