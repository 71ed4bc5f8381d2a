// In-process registry of the identity providers' self-signed certificates, so the token verifier can fetch their JWKS over https.

const certificatesByOrigin = new Map<string, string>();

/** Called by startIdentityProvider; e.g. ("https://localhost:8443", "-----BEGIN CERTIFICATE-----…"). */
export function registerTrustedCertificate(origin: string, certPem: string): void {
  certificatesByOrigin.set(origin, certPem);
}

export function unregisterTrustedCertificate(origin: string): void {
  certificatesByOrigin.delete(origin);
}

/** The certificate of a provider started in this process at `origin`, if any. */
export function findTrustedCertificate(origin: string): string | undefined {
  return certificatesByOrigin.get(origin);
}
