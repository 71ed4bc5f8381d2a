// Conversions between Graph (REST) item ids and the EWS-format ids Outlook hands to add-ins.

/** EWS ids use "/" and "+" where REST ids use "-" and "_" (the base64 and base64url alphabets). */
export function convertEwsIdToRestId(id: string): string {
  return id.replace(/\//g, "-").replace(/\+/g, "_");
}

export function convertRestIdToEwsId(id: string): string {
  return id.replace(/-/g, "/").replace(/_/g, "+");
}
