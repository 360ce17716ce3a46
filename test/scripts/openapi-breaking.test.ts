// The breaking-change rule CI applies to openapi/openapi.json (scripts/openapi-breaking.ts), on small documents
// shaped like the ones fastify-type-provider-zod writes: OpenAPI 3.1, $ref components, anyOf with null.
import { describe, expect, it } from 'vitest';
import { findBreakingChanges, formatChange, judge, majorVersion } from '../../scripts/breaking-changes.js';

interface OperationParts {
  parameters?: unknown[];
  body?: unknown;
  bodyRequired?: boolean;
  responses?: Record<string, unknown>;
}

const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: unknown) => ({ anyOf: [schema, { type: 'null' }] });
const object = (properties: Record<string, unknown>, required: string[] = []) => ({
  type: 'object',
  properties,
  required,
});
const query = (name: string, required = false, schema: unknown = { type: 'string' }) => ({
  in: 'query',
  name,
  required,
  schema,
});

function operation({ parameters, body, bodyRequired = true, responses }: OperationParts) {
  return {
    ...(parameters ? { parameters } : {}),
    ...(body ? { requestBody: { required: bodyRequired, ...json(body) } } : {}),
    responses: responses ?? { 200: { description: 'OK', ...json(object({ id: { type: 'string' } }, ['id'])) } },
  };
}

function spec(
  paths: Record<string, Record<string, unknown>>,
  schemas: Record<string, unknown> = {},
  version = '1.2.0',
) {
  return { openapi: '3.1.0', info: { title: 'saydo', version }, paths, components: { schemas } };
}

/** What breaks, one line each, as the CLI prints it. */
const changes = (base: unknown, head: unknown) => findBreakingChanges(base, head).map(formatChange);

const Company = object({ id: { type: 'string' }, name: { type: 'string' }, currency: { type: 'string' } }, [
  'id',
  'name',
  'currency',
]);
const companies = (companyOperation: unknown, schemas: Record<string, unknown> = { Company }) =>
  spec({ '/v1/companies/{companyId}': { get: companyOperation } }, schemas);
const getCompany = (extra: Partial<OperationParts> = {}) =>
  operation({
    parameters: [{ in: 'path', name: 'companyId', required: true, schema: { type: 'string' } }],
    responses: { 200: json(ref('Company')) },
    ...extra,
  });

describe('operations', () => {
  it('finds nothing between a document and itself', () => {
    const document = companies(getCompany());
    expect(findBreakingChanges(document, structuredClone(document))).toEqual([]);
  });

  it('reports a removed path and a removed method', () => {
    const base = spec({
      '/v1/companies': { get: operation({}), post: operation({}) },
      '/v1/metrics': { get: operation({}) },
    });
    const head = spec({ '/v1/companies': { get: operation({}) } });
    expect(changes(base, head)).toEqual([
      'removed-operation: POST /v1/companies: removed',
      'removed-operation: GET /v1/metrics: removed',
    ]);
  });

  it('does not count renaming a path parameter as removing the path', () => {
    const base = spec({ '/v1/companies/{companyId}': { get: operation({}) } });
    const head = spec({ '/v1/companies/{id}': { get: operation({}) } });
    expect(changes(base, head)).toEqual([]);
  });

  it('allows adding paths, operations, optional parameters and response fields', () => {
    const base = companies(getCompany());
    const head = spec(
      {
        '/v1/companies/{companyId}': { get: getCompany({ parameters: [query('asOf')] }), patch: operation({}) },
        '/v1/leaderboard': { get: operation({}) },
      },
      {
        Company: object({ ...Company.properties, tickers: { type: 'array', items: { type: 'string' } } }, [
          ...Company.required,
          'tickers',
        ]),
      },
    );
    expect(changes(base, head)).toEqual([]);
  });
});

describe('parameters', () => {
  const list = (parameters: unknown[]) => spec({ '/v1/statements': { get: operation({ parameters }) } });

  it('reports an optional query parameter that became required', () => {
    expect(changes(list([query('companyId')]), list([query('companyId', true)]))).toEqual([
      'new-required-parameter: GET /v1/statements query.companyId: became required',
    ]);
  });

  it('reports a required header added, matching header names case-insensitively', () => {
    const header = (name: string, required: boolean) => ({ in: 'header', name, required, schema: { type: 'string' } });
    expect(changes(list([header('Idempotency-Key', false)]), list([header('idempotency-key', false)]))).toEqual([]);
    expect(changes(list([]), list([header('X-Tenant', true)]))).toEqual([
      'new-required-parameter: GET /v1/statements header.x-tenant: added as required',
    ]);
  });

  it('reads parameters declared on the path item and behind a $ref', () => {
    const base = spec({ '/v1/statements': { parameters: [query('limit')], get: operation({}) } });
    const head = {
      ...spec({ '/v1/statements': { get: operation({ parameters: [{ $ref: '#/components/parameters/Limit' }] }) } }),
      components: { parameters: { Limit: query('limit', true) } },
    };
    expect(changes(base, head)).toEqual(['new-required-parameter: GET /v1/statements query.limit: became required']);
  });
});

describe('request bodies', () => {
  const create = (body: unknown, schemas: Record<string, unknown> = {}, bodyRequired = true) =>
    spec({ '/v1/companies': { post: operation({ body, bodyRequired }) } }, schemas);
  const CompanyInput = object(
    { id: { type: 'string' }, name: { type: 'string' }, tickers: { type: 'array', items: { type: 'string' } } },
    ['id', 'name'],
  );

  it('reports a field added as required and a field that became required, through $refs', () => {
    const head = object({ ...CompanyInput.properties, currency: { type: 'string' } }, [
      'id',
      'name',
      'tickers',
      'currency',
    ]);
    expect(
      changes(create(ref('CompanyInput'), { CompanyInput }), create(ref('CompanyInput'), { CompanyInput: head })),
    ).toEqual([
      'new-required-field: POST /v1/companies body.tickers: became required',
      'new-required-field: POST /v1/companies body.currency: added as required',
    ]);
  });

  it('allows a new optional field and a field that is no longer required', () => {
    const head = object({ ...CompanyInput.properties, reportingLagDays: { type: 'integer' } }, ['id']);
    expect(changes(create(CompanyInput), create(head))).toEqual([]);
  });

  it('reports a body that became required', () => {
    expect(changes(create(CompanyInput, {}, false), create(CompanyInput))).toEqual([
      'new-required-field: POST /v1/companies body: a request body became required',
    ]);
  });

  it('looks into array items', () => {
    const batch = (required: string[]) =>
      object(
        { items: { type: 'array', items: object({ value: { type: 'string' }, unit: { type: 'string' } }, required) } },
        ['items'],
      );
    expect(changes(create(batch(['value'])), create(batch(['value', 'unit'])))).toEqual([
      'new-required-field: POST /v1/companies body.items[].unit: became required',
    ]);
  });

  describe('unions with a discriminator', () => {
    const threshold = object({ op: { type: 'string', enum: ['gt', 'gte'] }, value: { type: 'string' } }, [
      'op',
      'value',
    ]);
    const range = object(
      { op: { type: 'string', const: 'range' }, low: { type: 'string' }, high: { type: 'string' } },
      ['op', 'low', 'high'],
    );
    const target = (...variants: unknown[]) => create(object({ target: { oneOf: variants } }, ['target']));

    it('allows a new variant whose fields are required', () => {
      const about = object(
        { op: { type: 'string', const: 'about' }, value: { type: 'string' }, tolerance: { type: 'string' } },
        ['op', 'value', 'tolerance'],
      );
      expect(changes(target(threshold, range), target(threshold, range, about))).toEqual([]);
    });

    it('reports a field that became required in an existing variant', () => {
      const strictRange = { ...range, required: [...range.required, 'wording'] };
      expect(changes(target(threshold, range), target(threshold, strictRange))).toEqual([
        'new-required-field: POST /v1/companies body.target.wording: added as required',
      ]);
    });

    it('reports a variant removed as a narrowed discriminator', () => {
      expect(changes(target(threshold, range), target(threshold))).toEqual([
        'narrowed-enum: POST /v1/companies body.target.op: no longer accepts "range"',
      ]);
    });
  });
});

describe('responses', () => {
  it('reports a field removed from a response, through a $ref and a nullable wrapper', () => {
    const withParent = (parent: unknown) =>
      spec(
        {
          '/v1/statements/{statementId}': {
            get: operation({ responses: { 200: json(object({ parent: nullable(ref('Statement')) })) } }),
          },
        },
        { Statement: parent },
      );
    const Statement = object({ id: { type: 'string' }, quote: { type: 'string' } }, ['id', 'quote']);
    const head = object({ id: { type: 'string' } }, ['id']);
    expect(changes(withParent(Statement), withParent(head))).toEqual([
      'removed-response-field: GET /v1/statements/{statementId} response 200 application/json: parent.quote: no longer returned',
    ]);
  });

  it('reports a removed success response or media type, not a removed error response', () => {
    const problem = {
      description: 'Problem',
      content: { 'application/problem+json': { schema: object({ title: { type: 'string' } }) } },
    };
    const ok = json(object({ id: { type: 'string' } }));
    const base = spec({
      '/a': { get: operation({ responses: { 200: ok, 404: problem } }) },
      '/b': { post: operation({ responses: { 201: ok } }) },
    });
    const head = spec({
      '/a': { get: operation({ responses: { 200: { description: 'OK' } } }) },
      '/b': { post: operation({ responses: { 200: ok } }) },
    });
    expect(changes(base, head)).toEqual([
      'removed-response: GET /a response 200 application/json: media type no longer returned',
      'removed-response: POST /b response 201: no longer returned',
    ]);
  });

  it('stops on a recursive schema', () => {
    const Node = object({
      id: { type: 'string' },
      children: { type: 'array', items: ref('Node') },
      parent: nullable(ref('Node')),
    });
    const tree = (node: unknown) =>
      spec({ '/tree': { get: operation({ responses: { 200: json(ref('Node')) } }) } }, { Node: node });
    const { parent: _parent, ...rest } = Node.properties;
    expect(changes(tree(Node), tree(object(rest)))).toEqual([
      'removed-response-field: GET /tree response 200 application/json: parent: no longer returned',
    ]);
  });
});

describe('enums', () => {
  const statuses = ['pending', 'met', 'missed', 'unreported'];
  const filtered = (status: unknown) =>
    spec({ '/v1/statements': { get: operation({ parameters: [query('status', false, status)] }) } });
  const evaluation = (status: unknown) =>
    spec({ '/v1/evaluations': { get: operation({ responses: { 200: json(object({ status })) } }) } });

  it('reports a request enum that lost a value, and allows one that gained a value', () => {
    expect(
      changes(filtered({ type: 'string', enum: statuses }), filtered({ type: 'string', enum: statuses.slice(0, 3) })),
    ).toEqual(['narrowed-enum: GET /v1/statements query.status: no longer accepts "unreported"']);
    expect(
      changes(
        filtered({ type: 'string', enum: statuses }),
        filtered({ type: 'string', enum: [...statuses, 'withdrawn'] }),
      ),
    ).toEqual([]);
  });

  it('reports a request field that took any string and now takes only some', () => {
    expect(changes(filtered({ type: 'string' }), filtered({ type: 'string', enum: statuses }))).toEqual([
      'narrowed-enum: GET /v1/statements query.status: took any value and now only "pending", "met", "missed", "unreported"',
    ]);
  });

  it('reports a response enum that lost a value, looking through nullable and const', () => {
    expect(
      changes(
        evaluation(nullable({ type: 'string', enum: statuses })),
        evaluation(nullable({ type: 'string', enum: ['met', 'missed', 'unreported'] })),
      ),
    ).toEqual([
      'narrowed-enum: GET /v1/evaluations response 200 application/json: status: no longer returns "pending"',
    ]);
    expect(changes(evaluation({ const: 'ok' }), evaluation({ const: 'alive' }))).toEqual([
      'narrowed-enum: GET /v1/evaluations response 200 application/json: status: no longer returns "ok"',
    ]);
  });

  it('allows a response field that returned any string to return only some', () => {
    expect(changes(evaluation({ type: 'string' }), evaluation({ type: 'string', enum: statuses }))).toEqual([]);
  });
});

describe('the version rule', () => {
  const base = spec({ '/v1/companies': { get: operation({}) }, '/v1/metrics': { get: operation({}) } }, {}, '1.4.0');
  const withoutMetrics = (version: string) => spec({ '/v1/companies': { get: operation({}) } }, {}, version);

  it('reads the major version of info.version', () => {
    expect(majorVersion(spec({}, {}, '0.1.0'))).toBe(0);
    expect(majorVersion(spec({}, {}, 'v12.0.3'))).toBe(12);
    expect(majorVersion(spec({}, {}, 'next'))).toBeNull();
  });

  it('fails a break within the same major', () => {
    const verdict = judge(withoutMetrics('1.5.0'), [{ label: 'abc1234 (base)', document: base }]);
    expect(verdict.allowed).toEqual([]);
    expect(verdict.breaking.map((b) => b.against)).toEqual(['abc1234 (base)']);
  });

  it('allows a break once the major version is raised', () => {
    const verdict = judge(withoutMetrics('2.0.0'), [{ label: 'abc1234 (base)', document: base }]);
    expect(verdict.breaking).toEqual([]);
    expect(verdict.allowed.flatMap((a) => a.changes.map(formatChange))).toEqual([
      'removed-operation: GET /v1/metrics: removed',
    ]);
  });

  it('catches a break made in an earlier commit of the same submission, and names it once', () => {
    const middle = withoutMetrics('1.4.0');
    const head = spec(
      { '/v1/companies': { get: operation({}) }, '/v1/leaderboard': { get: operation({}) } },
      {},
      '1.4.0',
    );
    const verdict = judge(head, [
      { label: 'new (adds the leaderboard)', document: middle },
      { label: 'old (removes metrics)', document: base },
    ]);
    expect(verdict.breaking).toEqual([
      {
        against: 'old (removes metrics)',
        changes: [expect.objectContaining({ kind: 'removed-operation', operation: 'GET /v1/metrics' })],
      },
    ]);
  });
});
