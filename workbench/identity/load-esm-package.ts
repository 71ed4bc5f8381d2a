// Loads an ESM-only package (oauth2-mock-server 8, jose 6) with Node's own require(esm), so the workbench also runs inside jest's CommonJS sandbox.
import path from "node:path";

/**
 * Returns the namespace of an ESM-only package.
 *
 * Jest (CommonJS, no `--experimental-vm-modules`) cannot `import` these packages: it parses `.mjs` as a
 * script, and its own `require`/`createRequire` refuse ES modules. `process.getBuiltinModule` reaches the
 * real `node:module`, whose `require` loads ES modules natively on Node >= 20.19 (the repo's engines floor).
 * Under tsx the result is the same module a static import would give.
 * e.g. `loadEsmPackage<typeof Jose>("jose").jwtVerify`
 */
export function loadEsmPackage<T>(specifier: string): T {
  const { createRequire } = process.getBuiltinModule("node:module");
  const requireFromHere = createRequire(path.join(__dirname, "load-esm-package.ts"));
  return requireFromHere(specifier) as T;
}
