// Puts a bearer token on each request and answers a 401 with exactly one refreshed retry (claims challenge or expiry).
import { createAppError, isAppError } from "../../core/errors/app-error";
import { readGatewayOptions, setRequestHeader } from "./gateway-request-options";
import { readClaimsChallenge } from "./www-authenticate";
import type { TokenProvider, TokenRequest } from "../../ports/token-provider";
import type { AttemptOutcome, GatewayRequestOptions } from "./gateway-request-options";
import type { Context, Middleware } from "@microsoft/microsoft-graph-client";

/** The token to ask for after a 401: with the decoded claims when Graph sent a challenge. */
export function buildRefreshRequest(
  scopes: readonly string[],
  outcome: AttemptOutcome | undefined,
): TokenRequest | undefined {
  const isUnauthorized = outcome?.kind === "response" && outcome.exchange.status === 401;
  if (!isUnauthorized) return undefined;
  const claims = readClaimsChallenge(outcome.exchange.headers.get("WWW-Authenticate"));
  return claims === undefined
    ? { scopes, forceRefresh: true }
    : { scopes, claims, forceRefresh: true };
}

export class AuthMiddleware implements Middleware {
  private readonly tokens: TokenProvider;
  private next: Middleware | undefined;

  constructor(tokens: TokenProvider) {
    this.tokens = tokens;
  }

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const next = this.requireNext();
    const options = readGatewayOptions(context);
    const { scopes } = options.settings;
    if (!(await this.authorize(context, options, { scopes }))) return;
    await next.execute(context);
    // One refresh and one retry, never a loop: a second 401 is the answer (NAA sample, STYLE B5).
    const refresh = buildRefreshRequest(scopes, options.outcome);
    if (refresh === undefined) return;
    if (!(await this.authorize(context, options, refresh))) return;
    await next.execute(context);
  }

  private async authorize(
    context: Context,
    options: GatewayRequestOptions,
    request: TokenRequest,
  ): Promise<boolean> {
    try {
      const token = await this.tokens.getAccessToken(request);
      setRequestHeader(context, "Authorization", `Bearer ${token}`);
      return true;
    } catch (error) {
      const appError = isAppError(error) ? error : createAppError("auth_failed", { cause: error });
      options.outcome = { kind: "app_error", error: appError };
      return false;
    }
  }

  private requireNext(): Middleware {
    if (!this.next) throw new TypeError("AuthMiddleware needs a next middleware");
    return this.next;
  }
}
