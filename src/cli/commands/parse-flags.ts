// Reads `--name value`, `--name=value` and `--switch` options for the admin commands, refusing anything else.
import { invalidInput, succeed, type Outcome } from "../../core/time/invalid-input";

export interface FlagSpec {
  /** Options that take a value, e.g. ["--base-url"]. */
  readonly values: readonly string[];
  /** Options that take none, e.g. ["--json"]. */
  readonly switches: readonly string[];
}

export interface Flags {
  readonly values: Readonly<Record<string, string>>;
  readonly switches: ReadonlySet<string>;
}

/**
 * e.g. ["--base-url", "https://a.com", "--json"] gives values {"--base-url": "https://a.com"}, switches {"--json"}.
 * An unknown option, a positional argument, a repeated option or a missing value is a usage error.
 */
export function parseFlags(args: readonly string[], spec: FlagSpec): Outcome<Flags> {
  const values: Record<string, string> = {};
  const switches = new Set<string>();
  for (let index = 0; index < args.length; index += 1) {
    const argument = args[index] ?? "";
    const [name = "", inlineValue] = argument.startsWith("--") ? splitOnce(argument) : [argument];
    const isRepeated = Object.hasOwn(values, name) || switches.has(name);
    if (isRepeated) return invalidInput(name, `${name} is given twice`);
    if (spec.switches.includes(name) && inlineValue === undefined) {
      switches.add(name);
    } else if (spec.values.includes(name)) {
      const value = inlineValue ?? args[index + 1];
      const isMissing =
        value === undefined || (inlineValue === undefined && value.startsWith("--"));
      if (isMissing || value === "") return invalidInput(name, `${name} needs a value`);
      values[name] = value;
      if (inlineValue === undefined) index += 1;
    } else {
      const what = argument.startsWith("-") ? "unknown option" : "unexpected argument";
      return invalidInput(argument, `${what} "${argument}"`);
    }
  }
  return succeed({ values, switches });
}

function splitOnce(argument: string): [string, string | undefined] {
  const at = argument.indexOf("=");
  return at < 0 ? [argument, undefined] : [argument.slice(0, at), argument.slice(at + 1)];
}

/** The names of required options that are absent, in the order given. */
export function findMissing(flags: Flags, required: readonly string[]): string[] {
  return required.filter((name) => flags.values[name] === undefined);
}

/** An error's message; Node's fs errors may come from another realm (jest), so `instanceof Error` is not enough. */
export function describeError(error: unknown): string {
  if (typeof error === "object" && error !== null && "message" in error) {
    const { message } = error as { message: unknown };
    if (typeof message === "string") return message;
  }
  return String(error);
}
