// Sends scenarios to a Graph endpoint in order, substituting saved variables and following page links.
import { isJsonObject, type JsonValue } from "./contract-types";
import type { Scenario } from "./scenarios";

export interface ScenarioResult {
  name: string;
  method: string;
  url: string;
  /** Status of the last response (the last page when following links). */
  status: number;
  /** Why the scenario failed: unexpected status, a missing variable or a network error. */
  problem: string | undefined;
}

const maxPages = 10;

function substitute(text: string, variables: Map<string, string>, missing: string[]): string {
  return text.replace(/\{([A-Za-z]\w*)\}/g, (placeholder, name: string) => {
    const value = variables.get(name);
    if (value === undefined) missing.push(name);
    return value ?? placeholder;
  });
}

function substituteJson(
  value: JsonValue,
  variables: Map<string, string>,
  missing: string[],
): JsonValue {
  if (typeof value === "string") return substitute(value, variables, missing);
  if (Array.isArray(value)) return value.map((item) => substituteJson(item, variables, missing));
  if (isJsonObject(value))
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, substituteJson(item, variables, missing)]),
    );
  return value;
}

function readMember(body: JsonValue, path: string): JsonValue | undefined {
  let current: JsonValue | undefined = body;
  // `@odata.deltaLink` is one member name, not a path.
  const parts = path.startsWith("@") ? [path] : path.split(".");
  for (const part of parts) {
    if (Array.isArray(current)) current = current[Number(part)];
    else if (isJsonObject(current)) current = current[part];
    else return undefined;
  }
  return current;
}

function buildUrl(
  graphUrl: string,
  scenario: Scenario,
  variables: Map<string, string>,
  missing: string[],
): string {
  const path = substitute(scenario.url, variables, missing);
  if (/^https?:/.test(path)) return path;
  const query = Object.entries(scenario.query ?? {})
    .map(([key, value]) => `${key}=${encodeURIComponent(substitute(value, variables, missing))}`)
    .join("&");
  return `${graphUrl}${path}${query ? `?${query}` : ""}`;
}

async function send(url: string, init: RequestInit): Promise<{ status: number; body: JsonValue }> {
  const response = await fetch(url, init);
  const text = await response.text();
  const isJson = (response.headers.get("content-type") ?? "").includes("json") && text !== "";
  return {
    status: response.status,
    body: isJson ? (JSON.parse(text) as JsonValue) : text === "" ? null : text,
  };
}

/** Runs every scenario once, in order; a failed scenario is reported and the run goes on. */
export async function runScenarios(options: {
  graphUrl: string;
  token: string;
  scenarios: readonly Scenario[];
}): Promise<ScenarioResult[]> {
  const variables = new Map<string, string>();
  const results: ScenarioResult[] = [];
  for (const scenario of options.scenarios) {
    const missing: string[] = [];
    const url = buildUrl(options.graphUrl, scenario, variables, missing);
    const body =
      scenario.body === undefined
        ? undefined
        : JSON.stringify(substituteJson(scenario.body, variables, missing));
    const headers: Record<string, string> = {
      Authorization: `Bearer ${options.token}`,
      ...(scenario.headers ?? {}),
    };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const result: ScenarioResult = {
      name: scenario.name,
      method: scenario.method,
      url,
      status: 0,
      problem: undefined,
    };
    results.push(result);
    if (missing.length > 0) {
      result.problem = `variable(s) ${missing.join(", ")} not saved by an earlier scenario`;
      continue;
    }
    try {
      let page = await send(url, { method: scenario.method, headers, body });
      for (let pages = 1; scenario.followNextLinks && pages < maxPages; pages++) {
        const next = isJsonObject(page.body) ? page.body["@odata.nextLink"] : undefined;
        if (typeof next !== "string" || page.status !== 200) break;
        page = await send(next, { method: "GET", headers });
      }
      result.status = page.status;
      if (!scenario.expectStatus.includes(page.status)) {
        result.problem = `expected ${scenario.expectStatus.join(" or ")}, got ${page.status}: ${JSON.stringify(page.body).slice(0, 300)}`;
        continue;
      }
      for (const [name, path] of Object.entries(scenario.save ?? {})) {
        const value = readMember(page.body, path);
        if (typeof value === "string") variables.set(name, value);
        else result.problem = `response has no string at '${path}' to save as ${name}`;
      }
    } catch (error) {
      result.problem = error instanceof Error ? error.message : String(error);
    }
  }
  return results;
}
