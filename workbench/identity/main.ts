// `npx tsx workbench/identity/main.ts [--port N]`: runs the workbench identity provider alone and prints how to use it.
import { startIdentityProvider } from "./identity-provider";

async function main(): Promise<void> {
  const portIndex = process.argv.indexOf("--port");
  const port = portIndex >= 0 ? Number(process.argv[portIndex + 1]) : undefined;
  const provider = await startIdentityProvider(port === undefined ? {} : { port });
  console.log(`Identity provider issuer: ${provider.issuerUrl}`);
  console.log(`  discovery  ${provider.issuerUrl}/v2.0/.well-known/openid-configuration`);
  console.log(`  certificate ${provider.certPath}`);
  console.log(`  chromium   --ignore-certificate-errors-spki-list=${provider.spkiSha256Base64}`);
  const stop = (): void => {
    provider.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error("Stopping the identity provider failed:", error);
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error("The identity provider could not start:", error);
  process.exit(1);
});
