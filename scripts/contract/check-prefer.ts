// Checks the Prefer request header against the preferences Graph documents for the calls Tempo makes.
import { ContractRule, type Finding } from "./contract-types";
import { splitTopLevel } from "./odata-expression";

/** Lower-case preference name → a value pattern (undefined: takes no value). */
const knownPreferences = new Map<string, RegExp | undefined>([
  ["outlook.timezone", /^"[^"]+"$/],
  ["outlook.body-content-type", /^"?(text|html)"?$/i],
  ["outlook.allow-unsafe-html", undefined],
  ["idtype", /^"?(ImmutableId|RestId)"?$/],
  ["odata.maxpagesize", /^[1-9]\d*$/],
  ["odata.track-changes", undefined],
  ["odata.include-annotations", /^"?[^"]+"?$/],
  ["return", /^(minimal|representation)$/],
  ["respond-async", undefined],
  ["include-unknown-enum-members", undefined],
  ["handling", /^(strict|lenient)$/],
  ["wait", /^\d+$/],
]);

export function headerValue(headers: Record<string, string>, name: string): string | undefined {
  const lower = name.toLowerCase();
  return Object.entries(headers).find(([key]) => key.toLowerCase() === lower)?.[1];
}

/** e.g. `outlook.timezone="Pacific Standard Time", odata.maxpagesize=10` is accepted; `odata.maxpagesize=0` is not. */
export function checkPreferHeader(headers: Record<string, string>): Finding[] {
  const prefer = headerValue(headers, "Prefer");
  if (prefer === undefined) return [];
  const findings: Finding[] = [];
  for (const restored of splitTopLevel(prefer, ",", '"')) {
    const equals = restored.indexOf("=");
    const name = (equals < 0 ? restored : restored.slice(0, equals)).trim();
    const value = equals < 0 ? undefined : restored.slice(equals + 1).trim();
    const lower = name.toLowerCase();
    if (!knownPreferences.has(lower)) {
      findings.push({
        rule: ContractRule.preferHeader,
        message: `Prefer: unknown preference '${name}'`,
      });
      continue;
    }
    const pattern = knownPreferences.get(lower);
    const isValid = pattern ? value !== undefined && pattern.test(value) : value === undefined;
    if (!isValid)
      findings.push({
        rule: ContractRule.preferHeader,
        message: `Prefer: '${restored}' has an invalid value`,
      });
  }
  return findings;
}
