// Checks a request's query options against the CSDL and URI templates: names, paths, $top, custom options.
import { ContractRule, type Finding } from "./contract-types";
import { checkExpressionPaths, splitTopLevel } from "./odata-expression";
import { resolvePropertyPath } from "./odata-property-path";
import type { GraphDescription } from "./graph-description";
import type { ResolvedPath } from "./resolve-path";

const systemOptions = [
  "$select",
  "$expand",
  "$filter",
  "$orderby",
  "$top",
  "$skip",
  "$count",
  "$search",
  "$format",
  "$skiptoken",
  "$deltatoken",
];
const collectionOptions = [
  "$select",
  "$expand",
  "$filter",
  "$orderby",
  "$top",
  "$skip",
  "$count",
  "$search",
];
const nestedExpandOptions = new Set([
  "$select",
  "$expand",
  "$filter",
  "$orderby",
  "$top",
  "$skip",
  "$count",
  "$search",
  "$levels",
]);

export interface QueryCheckInput {
  description: GraphDescription;
  resolved: ResolvedPath;
  method: string;
  query: Record<string, string>;
}

function isCollectionResult(resolved: ResolvedPath): boolean {
  return (
    resolved.kind === "collection" ||
    (resolved.kind === "operation" && resolved.type?.isCollection === true)
  );
}

/** The options this path accepts: the URI template's, else OData's by kind; plus the CSDL's custom options and paging tokens. */
function allowedOptions(resolved: ResolvedPath): Set<string> {
  const fromTemplate = resolved.uriTemplate
    ? [...resolved.uriTemplate.optionalQuery, ...resolved.uriTemplate.requiredQuery]
    : undefined;
  const byKind = isCollectionResult(resolved)
    ? collectionOptions
    : resolved.kind === "entity" || resolved.kind === "complex"
      ? ["$select", "$expand"]
      : resolved.kind === "count"
        ? ["$filter", "$search"]
        : [];
  // Server-issued paging tokens are not in any description: nextLink carries $skiptoken, delta links $deltatoken.
  const paging = isCollectionResult(resolved) ? ["$skiptoken"] : [];
  const delta = resolved.operation?.name === "delta" ? ["$deltatoken", "$skiptoken"] : [];
  const custom = resolved.customQueryOptions.map((option) => option.name);
  return new Set(
    [...(fromTemplate ?? byKind), ...paging, ...delta, ...custom].map((name) => name.toLowerCase()),
  );
}

function requiredOptions(resolved: ResolvedPath): string[] {
  const fromCsdl = resolved.customQueryOptions
    .filter((option) => option.required)
    .map((option) => option.name);
  return [...new Set([...fromCsdl, ...(resolved.uriTemplate?.requiredQuery ?? [])])];
}

export function checkQuery({ description, resolved, method, query }: QueryCheckInput): Finding[] {
  const findings: Finding[] = [];
  const allowed = allowedOptions(resolved);
  const names = Object.keys(query);
  const lowerNames = new Set(names.map((name) => name.toLowerCase()));
  for (const name of names) {
    const lower = name.toLowerCase();
    const isSystem = lower.startsWith("$");
    if (isSystem && !systemOptions.includes(lower)) {
      findings.push({
        rule: ContractRule.queryOption,
        message: `unknown system query option '${name}'`,
      });
    } else if (!allowed.has(lower)) {
      const kind = isSystem ? "query option" : "custom query option";
      findings.push({
        rule: ContractRule.queryOption,
        message: `${kind} '${name}' is not declared for ${method} ${resolved.template}`,
      });
    }
  }
  // A delta/skip token replaces the original query: Graph encodes the start and end in it.
  const isContinuation = lowerNames.has("$deltatoken") || lowerNames.has("$skiptoken");
  if (method === "GET" && !isContinuation) {
    for (const required of requiredOptions(resolved)) {
      if (!lowerNames.has(required.toLowerCase())) {
        findings.push({
          rule: ContractRule.queryRequired,
          message: `required query option '${required}' is missing for ${resolved.template}`,
        });
      }
    }
  }
  const typeName = resolved.type?.typeName;
  if (typeName) findings.push(...checkOptionValues(description, typeName, query));
  return findings;
}

/** Checks $select/$expand/$filter/$orderby/$top/$skip/$count values against `typeName`; also used inside $expand. */
export function checkOptionValues(
  description: GraphDescription,
  typeName: string,
  query: Record<string, string>,
): Finding[] {
  const findings: Finding[] = [];
  for (const [rawName, value] of Object.entries(query)) {
    const name = rawName.toLowerCase();
    if (name === "$select") {
      for (const item of splitTopLevel(value)) {
        if (item === "*") continue;
        const result = resolvePropertyPath(description, typeName, item.split("/"));
        if (!result.ok)
          findings.push({ rule: ContractRule.select, message: `$select: ${result.message}` });
      }
    } else if (name === "$expand") {
      findings.push(...checkExpand(description, typeName, value));
    } else if (name === "$filter") {
      for (const problem of checkExpressionPaths(description, typeName, value))
        findings.push({ rule: ContractRule.filter, message: `$filter: ${problem}` });
    } else if (name === "$orderby") {
      for (const item of splitTopLevel(value)) {
        const isWellFormed = /^\S+(\s+(asc|desc))?$/i.test(item);
        if (!isWellFormed)
          findings.push({
            rule: ContractRule.orderby,
            message: `$orderby: '${item}' is not 'path [asc|desc]'`,
          });
        for (const problem of checkExpressionPaths(description, typeName, item))
          findings.push({ rule: ContractRule.orderby, message: `$orderby: ${problem}` });
      }
    } else if (name === "$top" && !/^[1-9]\d*$/.test(value)) {
      findings.push({
        rule: ContractRule.top,
        message: `$top must be a positive integer, got '${value}'`,
      });
    } else if (name === "$skip" && !/^\d+$/.test(value)) {
      findings.push({
        rule: ContractRule.queryOption,
        message: `$skip must be a non-negative integer, got '${value}'`,
      });
    } else if (name === "$count" && !/^(true|false)$/.test(value)) {
      findings.push({
        rule: ContractRule.queryOption,
        message: `$count must be true or false, got '${value}'`,
      });
    }
  }
  return findings;
}

/** `singleValueExtendedProperties($filter=id eq '…';$select=value),attachments` */
function checkExpand(description: GraphDescription, typeName: string, value: string): Finding[] {
  const findings: Finding[] = [];
  for (const item of splitTopLevel(value)) {
    const match = /^([^(]+?)\s*(?:\((.*)\))?$/s.exec(item);
    const path = (match?.[1] ?? item).replace(/\/\$ref$/, "");
    if (path === "*") continue;
    const result = resolvePropertyPath(description, typeName, path.split("/"));
    if (!result.ok || !result.isNavigation) {
      const reason = result.ok
        ? `'${path}' is a structural property, not a navigation property of ${typeName}`
        : result.message;
      findings.push({ rule: ContractRule.expand, message: `$expand: ${reason}` });
      continue;
    }
    const nested: Record<string, string> = {};
    for (const option of splitTopLevel(match?.[2] ?? "", ";")) {
      const equals = option.indexOf("=");
      const optionName = equals < 0 ? option : option.slice(0, equals).trim();
      if (!nestedExpandOptions.has(optionName.toLowerCase())) {
        findings.push({
          rule: ContractRule.expand,
          message: `$expand: '${optionName}' is not a query option allowed inside $expand(${path})`,
        });
        continue;
      }
      nested[optionName] = equals < 0 ? "" : option.slice(equals + 1);
    }
    findings.push(...checkOptionValues(description, result.type.typeName, nested));
  }
  return findings;
}
