// Creates, caches and describes the self-signed localhost certificate the identity provider serves https with.
import { createHash, X509Certificate } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { generate } from "selfsigned";

export interface LocalhostCertificate {
  certPem: string;
  keyPem: string;
  /** base64 SHA-256 of the certificate's SubjectPublicKeyInfo, for Chromium's `--ignore-certificate-errors-spki-list`. */
  spkiSha256Base64: string;
  /** The cached certificate alone (PEM), to import into a browser or OS trust store. */
  certPath: string;
}

/** The default cache, gitignored, so a browser can keep trusting the same certificate across runs. */
export const defaultCertDir = path.resolve(__dirname, "..", ".certs");

const bundleFileName = "identity-localhost.pem";
const certFileName = "identity-localhost.crt";
const validityDays = 365;
const renewBeforeMs = 7 * 24 * 60 * 60 * 1000;

/**
 * Returns the cached certificate from `certDir`, or creates one (SAN localhost and 127.0.0.1).
 * e.g. `(await loadOrCreateLocalhostCertificate()).spkiSha256Base64` → "q3D…="
 */
export async function loadOrCreateLocalhostCertificate(
  certDir: string = defaultCertDir,
): Promise<LocalhostCertificate> {
  const bundlePath = path.join(certDir, bundleFileName);
  const certPath = path.join(certDir, certFileName);
  const cached = await readBundle(bundlePath);
  const isCacheUsable = cached !== null && isStillValid(cached.certPem);
  const pair = isCacheUsable ? cached : await createAndStore({ certDir, bundlePath, certPath });
  return { ...pair, spkiSha256Base64: computeSpkiSha256Base64(pair.certPem), certPath };
}

/** base64(SHA-256(DER SubjectPublicKeyInfo)) of a PEM certificate. */
export function computeSpkiSha256Base64(certPem: string): string {
  const spkiDer = new X509Certificate(certPem).publicKey.export({ type: "spki", format: "der" });
  return createHash("sha256").update(spkiDer).digest("base64");
}

interface PemPair {
  certPem: string;
  keyPem: string;
}

async function readBundle(bundlePath: string): Promise<PemPair | null> {
  const text = await readFile(bundlePath, "utf8").catch((error: unknown) => {
    if (isFileMissing(error)) return null;
    throw error;
  });
  if (text === null) return null;
  const certPem = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----\n?/.exec(text)?.[0];
  const keyPem =
    /-----BEGIN (?:RSA )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA )?PRIVATE KEY-----\n?/.exec(
      text,
    )?.[0];
  return certPem !== undefined && keyPem !== undefined ? { certPem, keyPem } : null;
}

function isStillValid(certPem: string): boolean {
  const certificate = new X509Certificate(certPem);
  const expiresAtMs = new Date(certificate.validTo).getTime();
  const coversBothHosts =
    certificate.checkHost("localhost") !== undefined &&
    certificate.checkIP("127.0.0.1") !== undefined;
  return coversBothHosts && expiresAtMs - Date.now() > renewBeforeMs;
}

async function createAndStore(paths: {
  certDir: string;
  bundlePath: string;
  certPath: string;
}): Promise<PemPair> {
  const notAfterDate = new Date(Date.now() + validityDays * 24 * 60 * 60 * 1000);
  const generated = await generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    algorithm: "sha256",
    notAfterDate,
    extensions: [
      // CA:TRUE as in AUTH-LOCAL's openssl recipe: Node accepts it as its own trust anchor via `ca`/NODE_EXTRA_CA_CERTS.
      { name: "basicConstraints", cA: true },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true, keyCertSign: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
        ],
      },
    ],
  });
  const pair = { certPem: generated.cert, keyPem: generated.private };
  await mkdir(paths.certDir, { recursive: true });
  // Key and certificate share one file, renamed into place, so parallel starts never read a mismatched pair.
  await writeAtomically(paths.bundlePath, `${pair.certPem}\n${pair.keyPem}`);
  await writeAtomically(paths.certPath, pair.certPem);
  return pair;
}

async function writeAtomically(filePath: string, text: string): Promise<void> {
  const temporaryPath = `${filePath}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporaryPath, text, { mode: 0o600 });
  await rename(temporaryPath, filePath);
}

function isFileMissing(error: unknown): boolean {
  // Not `instanceof Error`: under jest, errors from Node's fs come from another realm.
  return typeof error === "object" && error !== null && "code" in error && error.code === "ENOENT";
}
