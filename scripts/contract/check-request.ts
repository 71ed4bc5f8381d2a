// Checks one Graph request (method, path, query options, Prefer, body) against the CSDL and URI templates.
import { checkPreferHeader, headerValue } from "./check-prefer";
import { checkQuery } from "./check-query";
import { checkValue } from "./check-value";
import { ContractRule, isJsonObject, type Finding, type JsonValue } from "./contract-types";
import { loadGraphDescription, type GraphDescription } from "./graph-description";
import { resolveGraphPath, type ResolvedKind, type ResolvedPath } from "./resolve-path";

export interface GraphRequest {
  method: string;
  /** With the version prefix: `/v1.0/me/messages`. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: JsonValue;
}

export interface RequestCheck {
  findings: Finding[];
  resolved: ResolvedPath | undefined;
  /** `GET /me/mailFolders/{id}/messages/delta`, or undefined when the path does not resolve. */
  operation: string | undefined;
}

const methodsByKind: Record<ResolvedKind, string[]> = {
  entity: ["GET", "PATCH", "DELETE"],
  collection: ["GET", "POST"],
  complex: ["GET", "PATCH"],
  primitive: ["GET", "PUT", "PATCH"],
  operation: [],
  count: ["GET"],
  value: ["GET", "PUT"],
};

function allowedMethods(resolved: ResolvedPath): string[] {
  if (resolved.operation) return [resolved.operation.kind === "action" ? "POST" : "GET"];
  if (resolved.uriTemplate) return Object.keys(resolved.uriTemplate.methods);
  return methodsByKind[resolved.kind];
}

/** e.g. `PATCH /v1.0/me/sendMail` → method: "PATCH is not allowed on /me/sendMail (action sendMail): use POST". */
export function checkRequest(
  request: GraphRequest,
  description: GraphDescription = loadGraphDescription(),
): RequestCheck {
  const method = request.method.toUpperCase();
  const versionMatch = /^\/v1\.0(\/.*)?$/.exec(request.path);
  if (!versionMatch) {
    return {
      findings: [{ rule: ContractRule.path, message: `path '${request.path}' is not under /v1.0` }],
      resolved: undefined,
      operation: undefined,
    };
  }
  const result = resolveGraphPath(versionMatch[1] ?? "/", description);
  if (!result.ok)
    return {
      findings: [{ rule: ContractRule.path, message: result.message }],
      resolved: undefined,
      operation: undefined,
    };
  const { resolved } = result;
  const findings: Finding[] = [];
  const allowed = allowedMethods(resolved);
  const isMethodAllowed = allowed.includes(method);
  if (!isMethodAllowed) {
    const target = resolved.operation
      ? `${resolved.operation.kind} ${resolved.operation.name}`
      : resolved.kind;
    findings.push({
      rule: ContractRule.method,
      message: `${method} is not allowed on ${resolved.template} (${target}): use ${allowed.join(", ") || "nothing"}`,
    });
  }
  findings.push(...checkQuery({ description, resolved, method, query: request.query }));
  findings.push(...checkPreferHeader(request.headers));
  // A body only has a contract once the method does.
  if (isMethodAllowed) findings.push(...checkRequestBody(description, resolved, method, request));
  return { findings, resolved, operation: `${method} ${resolved.template}` };
}

function isEmptyBody(body: JsonValue): boolean {
  return body === null || body === "" || (isJsonObject(body) && Object.keys(body).length === 0);
}

function checkRequestBody(
  description: GraphDescription,
  resolved: ResolvedPath,
  method: string,
  request: GraphRequest,
): Finding[] {
  const { body } = request;
  const rule = ContractRule.requestBody;
  const hasBody = body !== null && body !== "";
  if ((method === "GET" || method === "DELETE") && hasBody)
    return [{ rule, message: `${method} must not carry a body` }];
  if (resolved.kind === "value" || !hasBody) {
    const needsBody = method === "PATCH" || (method === "POST" && resolved.kind === "collection");
    return needsBody ? [{ rule, message: `${method} ${resolved.template} needs a JSON body` }] : [];
  }
  const contentType = headerValue(request.headers, "Content-Type") ?? "";
  const findings: Finding[] = [];
  if (!/^application\/json\b/i.test(contentType))
    findings.push({
      rule,
      message: `a JSON body needs Content-Type: application/json, got '${contentType}'`,
    });
  const operation = resolved.operation;
  if (operation?.kind === "action")
    return [...findings, ...checkActionBody(description, resolved, body)];
  if (resolved.type && (method === "POST" || method === "PATCH")) {
    if (!isJsonObject(body))
      return [
        ...findings,
        { rule, message: `body must be a JSON object of ${resolved.type.typeName}` },
      ];
    findings.push(
      ...checkValue({ description, rule }, { ...resolved.type, isCollection: false }, body, "body"),
    );
  }
  return findings;
}

/** Action parameters are PascalCase in the CSDL and camelCase in the docs: compare case-insensitively. */
function checkActionBody(
  description: GraphDescription,
  resolved: ResolvedPath,
  body: JsonValue,
): Finding[] {
  const operation = resolved.operation;
  if (!operation) return [];
  const rule = ContractRule.actionParameter;
  const names = operation.parameters.map((parameter) => parameter.name).join(", ");
  if (!isJsonObject(body))
    return isEmptyBody(body)
      ? []
      : [
          {
            rule,
            message: `body of ${operation.name} must be a JSON object of its parameters (${names})`,
          },
        ];
  const findings: Finding[] = [];
  for (const [key, value] of Object.entries(body)) {
    const parameter = operation.parameters.find(
      (candidate) => candidate.name.toLowerCase() === key.toLowerCase(),
    );
    if (!parameter) {
      findings.push({
        rule,
        message: `'${key}' is not a parameter of ${operation.name} (${names || "none"})`,
      });
      continue;
    }
    findings.push(
      ...checkValue(
        { description, rule: ContractRule.requestBody },
        parameter,
        value,
        `body.${key}`,
      ),
    );
  }
  for (const parameter of operation.parameters) {
    const isPresent = Object.keys(body).some(
      (key) => key.toLowerCase() === parameter.name.toLowerCase(),
    );
    if (!parameter.nullable && !isPresent)
      findings.push({
        rule,
        message: `required parameter '${parameter.name}' of ${operation.name} is missing`,
      });
  }
  return findings;
}
