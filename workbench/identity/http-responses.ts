// Small response writers shared by the provider's endpoints: JSON with CORS, redirects, and OAuth redirect URLs.
import type { IncomingMessage, ServerResponse } from "node:http";

/** Writes JSON readable from any origin (MSAL fetches metadata and tokens cross-origin). */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Access-Control-Allow-Origin": "*",
    "Cache-Control": "no-store",
  });
  res.end(JSON.stringify(body));
}

export function sendRedirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { Location: location, "Cache-Control": "no-store" });
  res.end();
}

/**
 * Appends OAuth response parameters to a redirect URI, in the fragment for `response_mode=fragment`
 * and in the query otherwise.
 * e.g. ("http://localhost:3000/r.html", { code: "c" }, "fragment") → "http://localhost:3000/r.html#code=c"
 */
export function buildResponseRedirect(
  redirectUri: string,
  params: Record<string, string>,
  responseMode: string | undefined,
): string {
  const url = new URL(redirectUri);
  const isFragment = responseMode === "fragment";
  const target = isFragment ? new URLSearchParams(url.hash.replace(/^#/, "")) : url.searchParams;
  for (const [name, value] of Object.entries(params)) target.set(name, value);
  if (isFragment) url.hash = target.toString();
  return url.href;
}

/** Reads a whole request body as text (token POSTs are a few hundred bytes). */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString("utf8");
}
