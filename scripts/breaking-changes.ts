// Breaking changes between two OpenAPI 3.x documents, as a client generated from the older one would meet
// them. Pure: two documents in, findings out. Which documents CI compares, and when a break is allowed, is
// scripts/openapi-breaking.ts's business.
//
// A change breaks an existing client when:
// - a path or an operation is removed (path parameters are matched by position, not by name);
// - a 2xx response, or a media type of one, is removed;
// - a query, header or cookie parameter becomes required, or is added as required (a new path parameter
//   changes the path, so it counts as a removed operation);
// - a request body becomes required, or a body field becomes required or is added as required;
// - a response field is removed;
// - an enum loses a value, in a request or a response (a request field that took any value and now takes
//   only some of them counts too).
// Unions are compared branch by branch where their branches carry a discriminator (a property with const or
// enum values): a field required in a new branch is not a break, since no old request can reach it.
// Not checked: changes of type or format, nullability, response headers, security.

export type BreakingKind =
  | 'removed-operation'
  | 'removed-response'
  | 'new-required-parameter'
  | 'new-required-field'
  | 'removed-response-field'
  | 'narrowed-enum';

export interface BreakingChange {
  kind: BreakingKind;
  /** 'POST /v1/actuals', as the older document names it. */
  operation: string;
  /** Where in the operation: 'query.limit', 'body.target.op', 'response 200 application/json: items[].id'. */
  location: string;
  detail: string;
}

type Direction = 'request' | 'response';
type Node = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const asNode = (value: unknown): Node => (isNode(value) ? value : {});
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** '/v1/statements/{statementId}' and '/v1/statements/{id}' are the same path to a client. */
const pathShape = (path: string): string => path.replace(/\{[^}]*\}/g, '{}');

const join = (path: string, name: string): string =>
  path === '' ? name : path.endsWith(':') ? `${path} ${name}` : `${path}.${name}`;

/**
 * The $refs a schema's alternatives name (nullable wrappers looked through), or null when one is inline. A
 * recursive schema can only recurse through a $ref, so comparing each pair of them once ends every cycle.
 */
function refsOf(schemas: unknown[]): string | null {
  const refs: string[] = [];
  const collect = (schema: unknown): boolean => {
    const node = asNode(schema);
    if (typeof node.$ref === 'string') return refs.push(node.$ref) > 0;
    if (node.type === 'null') return true;
    const alternatives = [...asArray(node.anyOf), ...asArray(node.oneOf)];
    return alternatives.length > 0 && alternatives.every(collect);
  };
  return schemas.every(collect) ? refs.join('|') : null;
}

class Document {
  constructor(readonly root: Node) {}

  /** Follow local $refs; siblings of a $ref (description, example) are kept over the target's. */
  deref(value: unknown, depth = 0): Node {
    const node = asNode(value);
    const ref = node.$ref;
    if (typeof ref !== 'string' || depth > 32) return node;
    const { $ref: _ref, ...siblings } = node;
    return { ...this.deref(this.pointer(ref), depth + 1), ...siblings };
  }

  private pointer(ref: string): unknown {
    if (!ref.startsWith('#/')) return {};
    let at: unknown = this.root;
    for (const raw of ref.slice(2).split('/')) {
      const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      at = asNode(at)[key];
    }
    return at;
  }

  /** The alternatives a schema allows: anyOf/oneOf flattened, allOf merged, `{type: 'null'}` left out. */
  branches(schema: unknown, depth = 0): Node[] {
    const node = this.deref(schema);
    const alternatives = [...asArray(node.anyOf), ...asArray(node.oneOf)];
    if (alternatives.length > 0 && depth < 32) return alternatives.flatMap((a) => this.branches(a, depth + 1));
    const merged = asArray(node.allOf).length > 0 ? this.mergeAllOf(node) : node;
    return merged.type === 'null' ? [] : [merged];
  }

  private mergeAllOf(node: Node): Node {
    const parts = [node, ...asArray(node.allOf).map((part) => this.deref(part))];
    return {
      ...node,
      properties: Object.assign({}, ...parts.map((p) => asNode(p.properties))) as Node,
      required: [...new Set(parts.flatMap((p) => asArray(p.required)))],
    };
  }

  /** The values a schema allows when it lists them (const or enum in every branch), else null: any value. */
  enumValues(schemas: unknown[]): Set<string> | null {
    const values = new Set<string>();
    const branches = schemas.flatMap((s) => this.branches(s));
    if (branches.length === 0) return null;
    for (const branch of branches) {
      if ('const' in branch) values.add(JSON.stringify(branch.const));
      else if (Array.isArray(branch.enum)) for (const v of branch.enum) values.add(JSON.stringify(v));
      else return null;
    }
    return values;
  }
}

const isObjectBranch = (branch: Node): boolean => branch.type === 'object' || isNode(branch.properties);
const requiredOf = (branch: Node): Set<string> =>
  new Set(asArray(branch.required).filter((r): r is string => typeof r === 'string'));

/** Every property the object branches declare, with its schema in each branch that declares it. */
function propertiesOf(branches: Node[]): Map<string, unknown[]> {
  const properties = new Map<string, unknown[]>();
  for (const branch of branches) {
    for (const [name, schema] of Object.entries(asNode(branch.properties))) {
      properties.set(name, [...(properties.get(name) ?? []), schema]);
    }
  }
  return properties;
}

class Comparison {
  readonly changes: BreakingChange[] = [];
  private readonly seen = new Set<string>();
  private readonly visited = new Set<string>();

  constructor(
    readonly base: Document,
    readonly head: Document,
  ) {}

  report(change: BreakingChange): void {
    const key = `${change.kind} ${change.operation} ${change.location}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.changes.push(change);
  }

  /** Compare two schemas (each given as its alternatives) at `location`, for a request or a response. */
  schemas(
    operation: string,
    location: string,
    direction: Direction,
    base: unknown[],
    head: unknown[],
    depth = 0,
  ): void {
    if (depth > 24 || base.length === 0 || head.length === 0) return;
    const baseRefs = refsOf(base);
    const headRefs = refsOf(head);
    if (baseRefs !== null && headRefs !== null) {
      // A component reached twice in one operation (or through itself) is compared once.
      const key = `${operation} ${direction} ${baseRefs} ${headRefs}`;
      if (this.visited.has(key)) return;
      this.visited.add(key);
    }

    const baseValues = this.base.enumValues(base);
    const headValues = this.head.enumValues(head);
    if (headValues !== null && (baseValues !== null || direction === 'request')) {
      const lost = baseValues === null ? null : [...baseValues].filter((v) => !headValues.has(v));
      if (lost === null || lost.length > 0) {
        this.report({
          kind: 'narrowed-enum',
          operation,
          location,
          detail:
            lost === null
              ? `took any value and now only ${[...headValues].join(', ')}`
              : `no longer ${direction === 'request' ? 'accepts' : 'returns'} ${lost.join(', ')}`,
        });
      }
    }

    const baseBranches = base.flatMap((s) => this.base.branches(s));
    const headBranches = head.flatMap((s) => this.head.branches(s));
    const baseObjects = baseBranches.filter(isObjectBranch);
    const headObjects = headBranches.filter(isObjectBranch);
    if (baseObjects.length > 0 && headObjects.length > 0)
      this.objects(operation, location, direction, baseObjects, headObjects, depth);

    const items = (branches: Node[]) => branches.map((b) => b.items).filter(isNode);
    this.schemas(operation, `${location}[]`, direction, items(baseBranches), items(headBranches), depth + 1);
    const values = (branches: Node[]) => branches.map((b) => b.additionalProperties).filter(isNode);
    this.schemas(operation, `${location}{}`, direction, values(baseBranches), values(headBranches), depth + 1);
  }

  private objects(
    operation: string,
    location: string,
    direction: Direction,
    base: Node[],
    head: Node[],
    depth: number,
  ): void {
    const baseProperties = propertiesOf(base);
    const headProperties = propertiesOf(head);

    if (direction === 'response') {
      for (const name of baseProperties.keys()) {
        if (!headProperties.has(name)) {
          this.report({
            kind: 'removed-response-field',
            operation,
            location: join(location, name),
            detail: 'no longer returned',
          });
        }
      }
    } else {
      for (const branch of base) {
        const matches = head.filter((h) => this.correspond(branch, h));
        if (matches.length === 0) continue;
        const before = requiredOf(branch);
        const now = matches.map(requiredOf);
        const [first, ...rest] = now;
        for (const name of first ?? []) {
          if (!before.has(name) && rest.every((r) => r.has(name))) {
            const detail = baseProperties.has(name) ? 'became required' : 'added as required';
            this.report({ kind: 'new-required-field', operation, location: join(location, name), detail });
          }
        }
      }
    }

    for (const [name, baseSchemas] of baseProperties) {
      const headSchemas = headProperties.get(name);
      if (headSchemas) this.schemas(operation, join(location, name), direction, baseSchemas, headSchemas, depth + 1);
    }
  }

  /** Two object branches of a union stand for the same case unless a shared discriminator tells them apart. */
  private correspond(base: Node, head: Node): boolean {
    const baseProperties = asNode(base.properties);
    const headProperties = asNode(head.properties);
    for (const name of Object.keys(baseProperties)) {
      if (!(name in headProperties)) continue;
      const before = this.base.enumValues([baseProperties[name]]);
      const now = this.head.enumValues([headProperties[name]]);
      if (before && now && ![...before].some((v) => now.has(v))) return false;
    }
    return true;
  }
}

interface Operation {
  pathItem: Node;
  operation: Node;
}

function operationsOf(document: Document): Map<string, Operation & { name: string }> {
  const operations = new Map<string, Operation & { name: string }>();
  for (const [path, item] of Object.entries(asNode(document.root.paths))) {
    const pathItem = document.deref(item);
    for (const method of METHODS) {
      if (isNode(pathItem[method])) {
        operations.set(`${method} ${pathShape(path)}`, {
          pathItem,
          operation: pathItem[method],
          name: `${method.toUpperCase()} ${path}`,
        });
      }
    }
  }
  return operations;
}

function parametersOf(document: Document, { pathItem, operation }: Operation): Map<string, Node> {
  const parameters = new Map<string, Node>();
  for (const raw of [...asArray(pathItem.parameters), ...asArray(operation.parameters)]) {
    const parameter = document.deref(raw);
    const where = String(parameter.in);
    const name = String(parameter.name);
    // Header names are case-insensitive.
    parameters.set(`${where}.${where === 'header' ? name.toLowerCase() : name}`, parameter);
  }
  return parameters;
}

function compareParameters(comparison: Comparison, name: string, base: Operation, head: Operation): void {
  const before = parametersOf(comparison.base, base);
  const now = parametersOf(comparison.head, head);
  for (const [key, parameter] of now) {
    const old = before.get(key);
    if (parameter.required === true && old?.required !== true && parameter.in !== 'path') {
      comparison.report({
        kind: 'new-required-parameter',
        operation: name,
        location: key,
        detail: old ? 'became required' : 'added as required',
      });
    }
    if (old) comparison.schemas(name, key, 'request', [old.schema], [parameter.schema]);
  }
}

function compareRequestBodies(comparison: Comparison, name: string, base: Operation, head: Operation): void {
  const before = comparison.base.deref(base.operation.requestBody);
  const now = comparison.head.deref(head.operation.requestBody);
  if (now.required === true && before.required !== true) {
    comparison.report({
      kind: 'new-required-field',
      operation: name,
      location: 'body',
      detail: 'a request body became required',
    });
  }
  const nowContent = asNode(now.content);
  for (const [mediaType, media] of Object.entries(asNode(before.content))) {
    const headMedia = nowContent[mediaType];
    if (isNode(headMedia)) comparison.schemas(name, 'body', 'request', [asNode(media).schema], [headMedia.schema]);
  }
}

function compareResponses(comparison: Comparison, name: string, base: Operation, head: Operation): void {
  const now = asNode(head.operation.responses);
  for (const [status, raw] of Object.entries(asNode(base.operation.responses))) {
    const success = /^2/.test(status);
    const response = comparison.base.deref(raw);
    if (!(status in now)) {
      if (success)
        comparison.report({
          kind: 'removed-response',
          operation: name,
          location: `response ${status}`,
          detail: 'no longer returned',
        });
      continue;
    }
    const headContent = asNode(comparison.head.deref(now[status]).content);
    for (const [mediaType, media] of Object.entries(asNode(response.content))) {
      const location = `response ${status} ${mediaType}`;
      const headMedia = headContent[mediaType];
      if (!isNode(headMedia)) {
        if (success)
          comparison.report({
            kind: 'removed-response',
            operation: name,
            location,
            detail: 'media type no longer returned',
          });
        continue;
      }
      comparison.schemas(name, `${location}:`, 'response', [asNode(media).schema], [headMedia.schema]);
    }
  }
}

/** What in `head` breaks a client generated from `base`. */
export function findBreakingChanges(base: unknown, head: unknown): BreakingChange[] {
  const comparison = new Comparison(new Document(asNode(base)), new Document(asNode(head)));
  const headOperations = operationsOf(comparison.head);
  for (const [key, baseOperation] of operationsOf(comparison.base)) {
    const headOperation = headOperations.get(key);
    if (!headOperation) {
      comparison.report({ kind: 'removed-operation', operation: baseOperation.name, location: '', detail: 'removed' });
      continue;
    }
    compareParameters(comparison, baseOperation.name, baseOperation, headOperation);
    compareRequestBodies(comparison, baseOperation.name, baseOperation, headOperation);
    compareResponses(comparison, baseOperation.name, baseOperation, headOperation);
  }
  return comparison.changes;
}

/** The major version of `info.version` ('1.4.2' -> 1), or null when it is not semver-like. */
export function majorVersion(document: unknown): number | null {
  const version = asNode(asNode(document).info).version;
  const match = typeof version === 'string' ? /^v?(\d+)\./.exec(version) : null;
  return match?.[1] === undefined ? null : Number(match[1]);
}

export function formatChange(change: BreakingChange): string {
  const where = change.location === '' ? '' : ` ${change.location}`;
  return `${change.kind}: ${change.operation}${where}: ${change.detail}`;
}

/** A committed version of the spec: where it comes from (a commit, for people) and the document. */
export interface SpecVersion {
  label: string;
  document: unknown;
}

export interface Verdict {
  /** Breaking changes against versions of the same major: these fail the check. */
  breaking: { against: string; changes: BreakingChange[] }[];
  /** Breaking changes against versions of an older major: allowed, and reported as such. */
  allowed: { against: string; changes: BreakingChange[] }[];
}

/**
 * Judge the working spec against earlier versions, newest first. A change found against a newer version is
 * not repeated for an older one. Raising the major version (against a version, not in general) allows a break.
 */
export function judge(working: unknown, earlier: SpecVersion[]): Verdict {
  const verdict: Verdict = { breaking: [], allowed: [] };
  const told = new Set<string>();
  const major = majorVersion(working);
  for (const version of earlier) {
    const changes = findBreakingChanges(version.document, working).filter((c) => !told.has(formatChange(c)));
    if (changes.length === 0) continue;
    for (const c of changes) told.add(formatChange(c));
    const before = majorVersion(version.document);
    const raised = major !== null && before !== null && major > before;
    (raised ? verdict.allowed : verdict.breaking).push({ against: version.label, changes });
  }
  return verdict;
}
