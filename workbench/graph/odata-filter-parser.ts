// A recursive-descent parser for the OData $filter subset Graph mail and calendar accept (comparisons, and/or/not, functions, any()).
import { badRequest } from "./graph-errors";

export const compareOps = ["eq", "ne", "gt", "ge", "lt", "le"] as const;
export type CompareOp = (typeof compareOps)[number];
export const functionNames = ["contains", "startswith", "endswith"] as const;
export type FunctionName = (typeof functionNames)[number];

export type FilterNode =
  | {
      kind: "literal";
      value: string | number | boolean | null;
      literalType: "string" | "number" | "boolean" | "null" | "datetime";
    }
  | { kind: "path"; segments: string[] }
  | { kind: "compare"; op: CompareOp; left: FilterNode; right: FilterNode }
  | { kind: "logical"; op: "and" | "or"; left: FilterNode; right: FilterNode }
  | { kind: "not"; operand: FilterNode }
  | { kind: "call"; name: FunctionName; args: FilterNode[] }
  | { kind: "cast"; operand: FilterNode; typeName: string }
  | { kind: "any"; collection: string[]; variable: string; predicate: FilterNode | undefined };

interface Token {
  type: "string" | "number" | "datetime" | "word" | "punct";
  text: string;
  position: number;
}

const tokenPattern =
  /\s*(?:('(?:[^']|'')*')|(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)|(-?\d+(?:\.\d+)?)|([A-Za-z_$][\w.$]*)|([()/,:]))/y;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  tokenPattern.lastIndex = 0;
  while (tokenPattern.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(tokenPattern.lastIndex))) break;
    const start = tokenPattern.lastIndex;
    const match = tokenPattern.exec(text);
    if (!match) throw syntaxError(text, start);
    const [, str, datetime, num, word, punct] = match;
    const position = match.index + match[0].length - match[0].trimStart().length;
    if (str !== undefined) tokens.push({ type: "string", text: str, position });
    else if (datetime !== undefined) tokens.push({ type: "datetime", text: datetime, position });
    else if (num !== undefined) tokens.push({ type: "number", text: num, position });
    else if (word !== undefined) tokens.push({ type: "word", text: word, position });
    else tokens.push({ type: "punct", text: punct ?? "", position });
  }
  return tokens;
}

function syntaxError(text: string, position: number) {
  return badRequest(`Invalid filter clause: Syntax error at position ${position} in '${text}'.`);
}

/** Parses a $filter string, e.g. "from/emailAddress/address eq 'a@b.com' and isRead eq false". */
export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let index = 0;
  const peek = (): Token | undefined => tokens[index];
  const isWord = (word: string): boolean =>
    peek()?.type === "word" && peek()?.text.toLowerCase() === word;
  const isPunct = (punct: string): boolean => peek()?.type === "punct" && peek()?.text === punct;
  const fail = (): never => {
    throw syntaxError(text, peek()?.position ?? text.length);
  };
  const expectPunct = (punct: string): void => {
    if (!isPunct(punct)) fail();
    index += 1;
  };

  function parseOr(): FilterNode {
    let left = parseAnd();
    while (isWord("or")) {
      index += 1;
      left = { kind: "logical", op: "or", left, right: parseAnd() };
    }
    return left;
  }
  function parseAnd(): FilterNode {
    let left = parseNot();
    while (isWord("and")) {
      index += 1;
      left = { kind: "logical", op: "and", left, right: parseNot() };
    }
    return left;
  }
  function parseNot(): FilterNode {
    if (isWord("not")) {
      index += 1;
      return { kind: "not", operand: parseNot() };
    }
    return parseComparison();
  }
  function parseComparison(): FilterNode {
    const left = parsePrimary();
    const opToken = peek();
    const op = compareOps.find(
      (candidate) => opToken?.type === "word" && opToken.text.toLowerCase() === candidate,
    );
    if (op === undefined) return left;
    index += 1;
    return { kind: "compare", op, left, right: parsePrimary() };
  }
  function parseArguments(): FilterNode[] {
    expectPunct("(");
    const args = [parseOr()];
    while (isPunct(",")) {
      index += 1;
      args.push(parseOr());
    }
    expectPunct(")");
    return args;
  }
  function parsePrimary(): FilterNode {
    const token = peek() ?? fail();
    index += 1;
    if (token.type === "punct" && token.text === "(") {
      const inner = parseOr();
      expectPunct(")");
      return inner;
    }
    if (token.type === "string") {
      return {
        kind: "literal",
        value: token.text.slice(1, -1).replace(/''/g, "'"),
        literalType: "string",
      };
    }
    if (token.type === "number")
      return { kind: "literal", value: Number(token.text), literalType: "number" };
    if (token.type === "datetime")
      return { kind: "literal", value: token.text, literalType: "datetime" };
    if (token.type !== "word") return fail();
    const lower = token.text.toLowerCase();
    if (lower === "true" || lower === "false")
      return { kind: "literal", value: lower === "true", literalType: "boolean" };
    if (lower === "null") return { kind: "literal", value: null, literalType: "null" };
    const functionName = functionNames.find((name) => name === lower);
    if (functionName !== undefined && isPunct("(")) {
      const args = parseArguments();
      if (args.length !== 2) fail();
      return { kind: "call", name: functionName, args };
    }
    if (lower === "cast" && isPunct("(")) {
      const [operand, typeNode] = parseArguments();
      if (!operand || typeNode?.kind !== "path") return fail();
      return { kind: "cast", operand, typeName: typeNode.segments.join("/") };
    }
    return parsePathRest([token.text]);
  }
  function parsePathRest(segments: string[]): FilterNode {
    while (isPunct("/")) {
      index += 1;
      const next = peek();
      if (next?.type !== "word") return fail();
      index += 1;
      if (next.text.toLowerCase() === "any" && isPunct("(")) return parseLambda(segments);
      segments.push(next.text);
    }
    return { kind: "path", segments };
  }
  function parseLambda(collection: string[]): FilterNode {
    expectPunct("(");
    if (isPunct(")")) {
      index += 1;
      return { kind: "any", collection, variable: "", predicate: undefined };
    }
    const variable = peek();
    if (variable?.type !== "word") return fail();
    index += 1;
    expectPunct(":");
    const predicate = parseOr();
    expectPunct(")");
    return { kind: "any", collection, variable: variable.text, predicate };
  }

  if (tokens.length === 0) fail();
  const tree = parseOr();
  if (index !== tokens.length) fail();
  return tree;
}

/** Property paths in order of first appearance (lambda variables excluded), e.g. for the InefficientFilter rule. */
export function listFilterPaths(node: FilterNode, variables: Set<string> = new Set()): string[] {
  switch (node.kind) {
    case "literal":
      return [];
    case "path": {
      const [first = ""] = node.segments;
      return variables.has(first) ? [] : [node.segments.join("/")];
    }
    case "compare":
    case "logical":
      return [...listFilterPaths(node.left, variables), ...listFilterPaths(node.right, variables)];
    case "not":
      return listFilterPaths(node.operand, variables);
    case "call":
      return node.args.flatMap((arg) => listFilterPaths(arg, variables));
    case "cast":
      return listFilterPaths(node.operand, variables);
    case "any": {
      const inner = node.predicate
        ? listFilterPaths(node.predicate, new Set([...variables, node.variable]))
        : [];
      return [node.collection.join("/"), ...inner];
    }
  }
}
