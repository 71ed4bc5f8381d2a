// Checks one Graph response against what the request addressed: entity/collection shapes, errors, empty bodies, links.
import { headerValue } from "./check-prefer";
import { checkValue } from "./check-value";
import {
  ContractRule,
  isJsonObject,
  type Finding,
  type JsonObject,
  type JsonValue,
} from "./contract-types";
import { loadGraphDescription, type GraphDescription, type TypeRef } from "./graph-description";
import { resolveGraphPath, type ResolvedPath } from "./resolve-path";
import type { GraphRequest } from "./check-request";

export interface GraphResponse {
  status: number;
  headers: Record<string, string>;
  body: JsonValue;
}

const errorMembers = new Set(["code", "message", "innerError", "innererror", "details", "target"]);

/** Graph's error shape: `{ error: { code: string, message: string, innerError?: object, details?: [] } }`. */
export function checkErrorBody(body: JsonValue): Finding[] {
  const rule = ContractRule.errorShape;
  if (!isJsonObject(body) || !isJsonObject(body.error))
    return [{ rule, message: "an error response must be { error: { code, message } }" }];
  const findings: Finding[] = [];
  const extraTopLevel = Object.keys(body).filter((key) => key !== "error");
  if (extraTopLevel.length > 0)
    findings.push({
      rule,
      message: `unexpected top-level member(s) ${extraTopLevel.join(", ")} beside 'error'`,
    });
  const { error } = body;
  if (typeof error.code !== "string")
    findings.push({ rule, message: "error.code must be a string" });
  if (typeof error.message !== "string")
    findings.push({ rule, message: "error.message must be a string" });
  const inner = error.innerError ?? error.innererror;
  if (inner !== undefined && !isJsonObject(inner))
    findings.push({ rule, message: "error.innerError must be an object" });
  if (error.details !== undefined && !Array.isArray(error.details))
    findings.push({ rule, message: "error.details must be an array" });
  const extra = Object.keys(error).filter((key) => !errorMembers.has(key));
  if (extra.length > 0)
    findings.push({ rule, message: `unexpected member(s) ${extra.join(", ")} in error` });
  return findings;
}

/** e.g. a 200 `GET /me/messages/{id}` whose body has `subjekt` → response-body "response.subjekt is not a property of microsoft.graph.message". */
export function checkResponse(
  request: GraphRequest,
  resolved: ResolvedPath | undefined,
  response: GraphResponse,
  description: GraphDescription = loadGraphDescription(),
): Finding[] {
  const { status, body } = response;
  const hasBody = body !== null && body !== "";
  if (status >= 400) return checkErrorBody(body);
  if (status === 202 || status === 204) {
    return hasBody
      ? [{ rule: ContractRule.noContent, message: `a ${status} response must have no body` }]
      : [];
  }
  if (status < 200 || status >= 300 || !resolved) return [];
  const method = request.method.toUpperCase();
  if (!hasBody)
    return method === "DELETE"
      ? []
      : [
          {
            rule: ContractRule.responseShape,
            message: `a ${status} response to ${method} needs a body`,
          },
        ];
  if (resolved.kind === "value") return [];
  if (resolved.kind === "count") {
    const isCount = typeof body === "number" || (typeof body === "string" && /^\d+$/.test(body));
    return isCount
      ? []
      : [{ rule: ContractRule.responseShape, message: "$count must return a bare integer" }];
  }
  const contentType = headerValue(response.headers, "Content-Type");
  const findings: Finding[] = [];
  if (contentType !== undefined && !/^application\/json\b/i.test(contentType)) {
    findings.push({
      rule: ContractRule.responseShape,
      message: `a JSON body needs Content-Type application/json, got '${contentType}'`,
    });
  }
  const expected = expectedBodyType(resolved, method);
  if (!expected) {
    const name = resolved.operation?.name ?? resolved.template;
    return [
      ...findings,
      {
        rule: ContractRule.responseShape,
        message: `${name} returns nothing, but the ${status} response has a body`,
      },
    ];
  }
  if (expected.isCollection)
    return [...findings, ...checkCollection(description, request, resolved, expected, body)];
  const isStructured = description.types.has(expected.typeName);
  if (!isStructured) {
    const value = isJsonObject(body) ? body.value : undefined;
    const isWrapped = value !== undefined;
    if (!isWrapped)
      return [
        ...findings,
        {
          rule: ContractRule.responseShape,
          message: `a ${expected.typeName} result must be { value: … }`,
        },
      ];
    return [
      ...findings,
      ...checkValue(
        { description, rule: ContractRule.responseBody },
        expected,
        value,
        "response.value",
      ),
    ];
  }
  return [
    ...findings,
    ...checkValue({ description, rule: ContractRule.responseBody }, expected, body, "response"),
  ];
}

function expectedBodyType(resolved: ResolvedPath, method: string): TypeRef | undefined {
  if (resolved.operation) return resolved.operation.returnType;
  if (!resolved.type) return undefined;
  const isCollectionRead = resolved.kind === "collection" && method === "GET";
  return { typeName: resolved.type.typeName, isCollection: isCollectionRead };
}

function checkCollection(
  description: GraphDescription,
  request: GraphRequest,
  resolved: ResolvedPath,
  expected: TypeRef,
  body: JsonValue,
): Finding[] {
  const rule = ContractRule.responseShape;
  if (!isJsonObject(body) || !Array.isArray(body.value))
    return [{ rule, message: "a collection response must be an object with a 'value' array" }];
  const findings: Finding[] = [];
  const extra = Object.keys(body).filter((key) => key !== "value" && !key.startsWith("@odata."));
  if (extra.length > 0)
    findings.push({ rule, message: `unexpected member(s) ${extra.join(", ")} beside 'value'` });
  const isDelta = resolved.operation?.name === "delta";
  const context = { description, rule: ContractRule.responseBody, allowRemoved: isDelta };
  findings.push(...checkValue(context, expected, body.value, "response.value"));
  findings.push(...checkPageLinks(description, request, resolved, body, isDelta));
  return findings;
}

function checkPageLinks(
  description: GraphDescription,
  request: GraphRequest,
  resolved: ResolvedPath,
  body: JsonObject,
  isDelta: boolean,
): Finding[] {
  const findings: Finding[] = [];
  const rule = ContractRule.pageLink;
  if (body["@odata.deltaLink"] !== undefined && !isDelta)
    findings.push({ rule, message: "@odata.deltaLink on a response that is not a delta function" });
  if (body["@odata.deltaLink"] !== undefined && body["@odata.nextLink"] !== undefined) {
    findings.push({
      rule,
      message: "a page has either @odata.nextLink or @odata.deltaLink, not both",
    });
  }
  for (const key of ["@odata.nextLink", "@odata.deltaLink"]) {
    const link = body[key];
    if (link === undefined) continue;
    const url = typeof link === "string" && URL.canParse(link) ? new URL(link) : undefined;
    if (!url || !/^https?:$/.test(url.protocol)) {
      findings.push({
        rule,
        message: `${key} must be an absolute URL, got ${JSON.stringify(link)}`,
      });
      continue;
    }
    const linkPath = url.pathname.replace(/^.*?(?=\/v1\.0\/)/, "");
    const linked = linkPath.startsWith("/v1.0/")
      ? resolveGraphPath(linkPath.slice("/v1.0".length), description)
      : undefined;
    const isSamePath = linked?.ok === true && linked.resolved.template === resolved.template;
    if (!isSamePath)
      findings.push({
        rule,
        message: `${key} path '${url.pathname}' is not the request's path ${request.path}`,
      });
  }
  return findings;
}
