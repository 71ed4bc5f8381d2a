// Loads Microsoft's Graph v1.0 CSDL and the derived URI templates once per process and indexes them.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { collectCustomQueryOptions, type CustomQueryOption } from "./csdl-query-options";
import { attr, childNodes, parseXml, type XmlNode } from "./csdl-xml";
import { loadUriTemplates, type UriTemplateEntry } from "./uri-templates";

export interface TypeRef {
  /** Qualified name, e.g. `microsoft.graph.message` or `Edm.String`. */
  typeName: string;
  isCollection: boolean;
}
export interface PropertyDef extends TypeRef {
  name: string;
  isNavigation: boolean;
}
export interface StructuredType {
  fullName: string;
  kind: "entity" | "complex";
  baseType: string | undefined;
  hasStream: boolean;
  /** Keyed by exact property name. */
  properties: Map<string, PropertyDef>;
}
export interface OperationDef {
  kind: "action" | "function";
  name: string;
  binding: TypeRef;
  /** Parameters without the binding parameter. */
  parameters: (TypeRef & { name: string; nullable: boolean })[];
  returnType: TypeRef | undefined;
  customQueryOptions: CustomQueryOption[];
}
export interface RootDef extends TypeRef {
  name: string;
}
export interface EnumDef {
  members: Set<string>;
  isFlags: boolean;
}
export interface GraphDescription {
  types: Map<string, StructuredType>;
  enums: Map<string, EnumDef>;
  /** Bound operations keyed by lower-case name. */
  operations: Map<string, OperationDef[]>;
  /** Singletons and entity sets keyed by lower-case name. */
  roots: Map<string, RootDef>;
  /** Custom query options keyed by `type:<qualified type>|<nav path>` or `root:<name>|<nav path>`. */
  queryOptions: Map<string, CustomQueryOption[]>;
  uriTemplates: Map<string, UriTemplateEntry>;
}

const csdlFileName = "msgraph-metadata__clean_v10_metadata__cleanMetadata.xml";
let cached: GraphDescription | undefined;

/** The shared folder: `TEMPO_SHARED_DIR`, else `<repo root>/../shared`. */
export function findSharedDir(): string {
  const fromEnv = process.env.TEMPO_SHARED_DIR;
  if (fromEnv) return fromEnv;
  return resolve(__dirname, "..", "..", "..", "shared");
}

/** Parses the CSDL (≈0.7 s) the first time and returns the same indexes afterwards. */
export function loadGraphDescription(): GraphDescription {
  if (cached) return cached;
  const graphDir = join(findSharedDir(), "oracles", "graph");
  const csdlPath = join(graphDir, csdlFileName);
  if (!existsSync(csdlPath))
    throw new Error(`Graph CSDL not found at ${csdlPath}; set TEMPO_SHARED_DIR`);
  cached = buildDescription(parseXml(readFileSync(csdlPath, "utf8")));
  cached.uriTemplates = loadUriTemplates(
    join(graphDir, "openapi-derived", "msgraph-sdk-users__uri-templates.json"),
  );
  return cached;
}

function buildDescription(doc: XmlNode): GraphDescription {
  const description: GraphDescription = {
    types: new Map(),
    enums: new Map(),
    operations: new Map(),
    roots: new Map(),
    queryOptions: new Map(),
    uriTemplates: new Map(),
  };
  const schemas = childNodes(doc, "edmx:Edmx")
    .flatMap((edmx) => childNodes(edmx, "edmx:DataServices"))
    .flatMap((services) => childNodes(services, "Schema"));
  const aliases = new Map<string, string>();
  for (const schema of schemas) {
    const namespace = attr(schema, "Namespace") ?? "";
    aliases.set(namespace, namespace);
    const alias = attr(schema, "Alias");
    if (alias) aliases.set(alias, namespace);
  }
  const toRef = (raw: string | undefined): TypeRef => parseTypeRef(raw ?? "Edm.Untyped", aliases);
  for (const schema of schemas) {
    const namespace = attr(schema, "Namespace") ?? "";
    indexSchema({ description, schema, namespace, toRef });
  }
  return description;
}

function parseTypeRef(raw: string, aliases: Map<string, string>): TypeRef {
  const match = /^Collection\((.+)\)$/.exec(raw);
  const inner = match?.[1] ?? raw;
  const dot = inner.lastIndexOf(".");
  const prefix = inner.slice(0, dot);
  const typeName = prefix === "Edm" ? inner : `${aliases.get(prefix) ?? prefix}${inner.slice(dot)}`;
  return { typeName, isCollection: match !== null };
}

interface SchemaContext {
  description: GraphDescription;
  schema: XmlNode;
  namespace: string;
  toRef: (raw: string | undefined) => TypeRef;
}

function addQueryOptions(
  description: GraphDescription,
  anchor: string,
  node: XmlNode,
  ownPath?: string,
): void {
  for (const scoped of collectCustomQueryOptions(node)) {
    // An inner RestrictedProperties path is relative to the annotated type, e.g. event/instances says `instances`.
    const path = scoped.path ?? ownPath ?? "";
    const key = `${anchor}|${path.toLowerCase()}`;
    description.queryOptions.set(key, [
      ...(description.queryOptions.get(key) ?? []),
      ...scoped.options,
    ]);
  }
}

function indexSchema({ description, schema, namespace, toRef }: SchemaContext): void {
  for (const kind of ["EntityType", "ComplexType"] as const) {
    for (const node of childNodes(schema, kind)) {
      const fullName = `${namespace}.${attr(node, "Name") ?? ""}`;
      const properties = new Map<string, PropertyDef>();
      for (const [element, isNavigation] of [
        ["Property", false],
        ["NavigationProperty", true],
      ] as const) {
        for (const property of childNodes(node, element)) {
          const name = attr(property, "Name") ?? "";
          properties.set(name, { name, isNavigation, ...toRef(attr(property, "Type")) });
          if (isNavigation) addQueryOptions(description, `type:${fullName}`, property, name);
        }
      }
      const baseType = attr(node, "BaseType");
      description.types.set(fullName, {
        fullName,
        kind: kind === "EntityType" ? "entity" : "complex",
        baseType: baseType ? toRef(baseType).typeName : undefined,
        hasStream: attr(node, "HasStream") === "true",
        properties,
      });
    }
  }
  for (const node of childNodes(schema, "EnumType")) {
    const members = new Set(childNodes(node, "Member").map((member) => attr(member, "Name") ?? ""));
    description.enums.set(`${namespace}.${attr(node, "Name") ?? ""}`, {
      members,
      isFlags: attr(node, "IsFlags") === "true",
    });
  }
  for (const kind of ["Action", "Function"] as const) {
    for (const node of childNodes(schema, kind)) indexOperation(description, node, kind, toRef);
  }
  for (const container of childNodes(schema, "EntityContainer")) {
    for (const [element, isCollection] of [
      ["Singleton", false],
      ["EntitySet", true],
    ] as const) {
      for (const root of childNodes(container, element)) {
        const name = attr(root, "Name") ?? "";
        const typeName = toRef(attr(root, isCollection ? "EntityType" : "Type")).typeName;
        description.roots.set(name.toLowerCase(), { name, typeName, isCollection });
        addQueryOptions(description, `root:${name.toLowerCase()}`, root);
      }
    }
  }
  for (const annotations of childNodes(schema, "Annotations")) {
    const [target = "", member] = (attr(annotations, "Target") ?? "").split("/");
    const isContainer = target.endsWith(".GraphService");
    if (isContainer && member)
      addQueryOptions(description, `root:${member.toLowerCase()}`, annotations);
    else if (!isContainer)
      addQueryOptions(description, `type:${toRef(target).typeName}`, annotations, member);
  }
}

function indexOperation(
  description: GraphDescription,
  node: XmlNode,
  kind: "Action" | "Function",
  toRef: (raw: string | undefined) => TypeRef,
): void {
  if (attr(node, "IsBound") !== "true") return;
  const [binding, ...rest] = childNodes(node, "Parameter");
  if (!binding) return;
  const name = attr(node, "Name") ?? "";
  const returnNode = childNodes(node, "ReturnType")[0];
  const operation: OperationDef = {
    kind: kind === "Action" ? "action" : "function",
    name,
    binding: toRef(attr(binding, "Type")),
    parameters: rest.map((parameter) => ({
      name: attr(parameter, "Name") ?? "",
      nullable: attr(parameter, "Nullable") !== "false",
      ...toRef(attr(parameter, "Type")),
    })),
    returnType: returnNode ? toRef(attr(returnNode, "Type")) : undefined,
    customQueryOptions: collectCustomQueryOptions(node).flatMap((scoped) => scoped.options),
  };
  const key = name.toLowerCase();
  description.operations.set(key, [...(description.operations.get(key) ?? []), operation]);
}
