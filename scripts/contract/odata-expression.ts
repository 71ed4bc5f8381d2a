// Tokenises $filter/$orderby expressions just enough to check every property path and lambda variable in them.
import { resolvePropertyPath } from "./odata-property-path";
import type { GraphDescription } from "./graph-description";

type TokenKind = "string" | "literal" | "name" | "open" | "close" | "comma" | "colon" | "other";
interface Token {
  kind: TokenKind;
  text: string;
}

const keywords = new Set(
  "and or not eq ne gt ge lt le has in add sub mul div mod true false null asc desc inf nan".split(
    " ",
  ),
);
const functions = new Set(
  (
    "contains startswith endswith length indexof substring tolower toupper trim concat year month day hour minute " +
    "second fractionalseconds date time totaloffsetminutes now maxdatetime mindatetime round floor ceiling cast isof " +
    "matchespattern hassubset hassubsequence"
  ).split(" "),
);

export function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s+|'(?:[^']|'')*'|-?\d[\w:.+-]*|[A-Za-z_$@][\w.$@/]*|[(),:]|./gy;
  for (const match of expression.matchAll(pattern)) {
    const text = match[0];
    if (/^\s+$/.test(text)) continue;
    const first = text[0] ?? "";
    const kind: TokenKind =
      first === "'"
        ? "string"
        : /[-\d]/.test(first) && text.length > 1
          ? "literal"
          : /\d/.test(first)
            ? "literal"
            : /[A-Za-z_$@]/.test(first)
              ? "name"
              : first === "("
                ? "open"
                : first === ")"
                  ? "close"
                  : first === ","
                    ? "comma"
                    : first === ":"
                      ? "colon"
                      : "other";
    tokens.push({ kind, text });
  }
  return tokens;
}

interface Scope {
  variable: string;
  typeName: string;
  depth: number;
}

/**
 * Returns one message per property path in `expression` that does not exist on `typeName`, following
 * lambdas: in `singleValueExtendedProperties/any(ep: ep/id eq 'x')` the path `ep/id` is checked on
 * singleValueLegacyExtendedProperty.
 */
export function checkExpressionPaths(
  description: GraphDescription,
  typeName: string,
  expression: string,
): string[] {
  const tokens = tokenize(expression);
  const problems: string[] = [];
  const scopes: Scope[] = [];
  let depth = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    const next = tokens[index + 1];
    if (!token) continue;
    if (token.kind === "open") depth++;
    if (token.kind === "close") {
      while (scopes.length > 0 && scopes.at(-1)?.depth === depth) scopes.pop();
      depth--;
    }
    if (token.kind !== "name") continue;
    const isKeyword = keywords.has(token.text.toLowerCase());
    const isEnumLiteral = next?.kind === "string";
    const isLambdaVariable = next?.kind === "colon";
    if (isKeyword || isEnumLiteral || isLambdaVariable) continue;
    const segments = token.text.split("/");
    const last = segments.at(-1)?.toLowerCase() ?? "";
    const isCall = next?.kind === "open";
    const isLambda = isCall && segments.length > 1 && (last === "any" || last === "all");
    if (isCall && !isLambda) {
      if (!functions.has(token.text.toLowerCase()))
        problems.push(`'${token.text}' is not an OData function`);
      continue;
    }
    const pathSegments = isLambda ? segments.slice(0, -1) : segments;
    const scope = scopes.find((candidate) => candidate.variable === pathSegments[0]);
    const baseType = scope?.typeName ?? typeName;
    const relative = scope || pathSegments[0] === "$it" ? pathSegments.slice(1) : pathSegments;
    const result = resolvePropertyPath(description, baseType, relative);
    if (!result.ok) {
      problems.push(result.message);
      continue;
    }
    if (isLambda) {
      const variableToken = tokens[index + 2];
      const hasVariable = variableToken?.kind === "name" && tokens[index + 3]?.kind === "colon";
      if (!result.type.isCollection)
        problems.push(`'${token.text}': ${pathSegments.join("/")} is not a collection`);
      if (hasVariable)
        scopes.push({
          variable: variableToken.text,
          typeName: result.type.typeName,
          depth: depth + 1,
        });
    }
  }
  return problems;
}

/** Splits on commas (or `separator`) outside parentheses and quotes: `a,b($filter=x eq 'a,b'),c`. */
export function splitTopLevel(text: string, separator = ",", quote = "'"): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inString = false;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === quote) inString = !inString;
    if (inString) continue;
    if (char === "(") depth++;
    if (char === ")") depth--;
    if (char === separator && depth === 0) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter((part) => part !== "");
}
