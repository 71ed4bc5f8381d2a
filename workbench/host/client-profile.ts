// The simulated client's capabilities: defaults, URL/localStorage overrides, and requirement-set answers.
import type { ClientProfile, Platform, ThemeName } from "./protocol";

export const maxMailboxMinor = 15;
export const defaultProfile: ClientProfile = {
  mailboxMinor: maxMailboxMinor,
  nestedAppAuth: true,
  platform: "OfficeOnline",
  theme: "light",
};
export const profileStorageKey = "tempo-workbench-profile";

const platforms: readonly Platform[] = ["OfficeOnline", "PC", "Mac"];
const themes: readonly ThemeName[] = ["light", "dark"];

/** Reads "1.12" (or "12") as minor version 12; anything outside 1.1…1.15 gives undefined. */
export function parseMailboxVersion(text: string | null | undefined): number | undefined {
  const match = /^(?:1\.)?(\d{1,2})$/.exec((text ?? "").trim());
  const minor = match?.[1] === undefined ? Number.NaN : Number(match[1]);
  const isInRange = Number.isInteger(minor) && minor >= 1 && minor <= maxMailboxMinor;
  return isInRange ? minor : undefined;
}

function parseBoolean(text: string | null): boolean | undefined {
  if (text === null) return undefined;
  if (["1", "true", "on", "yes"].includes(text.toLowerCase())) return true;
  if (["0", "false", "off", "no"].includes(text.toLowerCase())) return false;
  return undefined;
}

function pick<T extends string>(
  options: readonly T[],
  text: string | null | undefined,
): T | undefined {
  return options.find((option) => option.toLowerCase() === (text ?? "").toLowerCase());
}

/** Applies `?mailbox=1.12&naa=0&platform=PC&theme=dark` over a base profile; unknown values are ignored. */
export function applyQueryToProfile(base: ClientProfile, query: URLSearchParams): ClientProfile {
  return {
    mailboxMinor: parseMailboxVersion(query.get("mailbox")) ?? base.mailboxMinor,
    nestedAppAuth: parseBoolean(query.get("naa")) ?? base.nestedAppAuth,
    platform: pick(platforms, query.get("platform")) ?? base.platform,
    theme: pick(themes, query.get("theme")) ?? base.theme,
  };
}

/** Restores a stored profile, tolerating missing or corrupt fields. */
export function parseStoredProfile(json: string | null): ClientProfile {
  if (json === null) return defaultProfile;
  try {
    const stored = JSON.parse(json) as Partial<Record<keyof ClientProfile, unknown>>;
    return {
      mailboxMinor: parseMailboxVersion(String(stored.mailboxMinor)) ?? defaultProfile.mailboxMinor,
      nestedAppAuth:
        typeof stored.nestedAppAuth === "boolean"
          ? stored.nestedAppAuth
          : defaultProfile.nestedAppAuth,
      platform: pick(platforms, String(stored.platform)) ?? defaultProfile.platform,
      theme: pick(themes, String(stored.theme)) ?? defaultProfile.theme,
    };
  } catch (error: unknown) {
    // A corrupt entry is a developer's leftover, not a failure: fall back to the defaults.
    console.warn("workbench: ignoring stored client profile", error);
    return defaultProfile;
  }
}

function compareVersions(left: string, right: string): number {
  const leftParts = left.split(".").map(Number);
  const rightParts = right.split(".").map(Number);
  for (let index = 0; index < Math.max(leftParts.length, rightParts.length); index += 1) {
    const difference = (leftParts[index] ?? 0) - (rightParts[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The highest version of each requirement set this profile reports, like a real client's manifest of support. */
export function listSupportedSets(profile: ClientProfile): Record<string, string> {
  const sets: Record<string, string> = {
    Mailbox: `1.${profile.mailboxMinor}`,
    DialogApi: "1.2",
    DialogOrigin: "1.1",
    IdentityAPI: "1.3",
  };
  if (profile.nestedAppAuth) sets.NestedAppAuth = "1.1";
  return sets;
}

/**
 * Office.context.requirements.isSetSupported as a client with this profile answers it.
 * e.g. Mailbox 1.12 client: ("Mailbox", "1.13") → false, ("mailbox", 1.8) → true.
 */
export function isSetSupportedBy(
  profile: ClientProfile,
  name: string,
  minVersion?: string | number,
): boolean {
  const supported = Object.entries(listSupportedSets(profile)).find(
    ([setName]) => setName.toLowerCase() === name.toLowerCase(),
  );
  if (supported === undefined) return false;
  if (minVersion === undefined || minVersion === "") return true;
  // A number such as 1.1 is ambiguous with 1.10; Office treats numbers by their decimal text.
  return compareVersions(supported[1], String(minVersion)) >= 0;
}
