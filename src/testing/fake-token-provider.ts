// A TokenProvider fake that mints tokens from a function and records every request it was given.
import type { TokenProvider, TokenRequest } from "../ports/token-provider";

export class FakeTokenProvider implements TokenProvider {
  readonly requests: TokenRequest[] = [];
  private readonly mint: (request: TokenRequest, callIndex: number) => string | Promise<string>;

  /** `mint` builds the token for each call, e.g. `() => "token-1"`; it may throw to fail the call. */
  constructor(mint: (request: TokenRequest, callIndex: number) => string | Promise<string>) {
    this.mint = mint;
  }

  async getAccessToken(request: TokenRequest): Promise<string> {
    this.requests.push(request);
    return this.mint(request, this.requests.length - 1);
  }
}
