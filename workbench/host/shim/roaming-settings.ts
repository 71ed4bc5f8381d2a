// Office.context.roamingSettings over the host's stored copy; saveAsync writes the whole set back.
import { settleLater } from "./async-result";
import type { ShimTransport } from "./shim-transport";

export function createRoamingSettings(
  initial: Record<string, unknown>,
  transport: ShimTransport,
): Office.RoamingSettings {
  const values: Record<string, unknown> = { ...initial };
  return {
    get: (name: string): unknown => values[name],
    set: (name: string, value: unknown) => {
      // Office stores settings as JSON, so a value must survive a round trip; cloning also detaches it from the caller.
      values[name] = JSON.parse(JSON.stringify(value ?? null)) as unknown;
    },
    remove: (name: string) => {
      delete values[name];
    },
    saveAsync(callback?: (result: Office.AsyncResult<void>) => void) {
      settleLater(
        transport.request("roaming.save", { values: { ...values } }),
        () => undefined,
        callback,
        undefined,
      );
    },
  } satisfies Office.RoamingSettings;
}
