// The shared table of write routes covers every write in the committed OpenAPI document: a write added to the
// spec without an entry fails here, before the tests that go through every write silently skip it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WRITE_OPERATIONS, WRITE_ROUTES } from './write-routes.js';

const spec = JSON.parse(readFileSync(new URL('../../openapi/openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, { operationId: string; security?: Record<string, string[]>[] }>>;
};

/** Every operation that is not a GET and needs a key: [{}, apiKey] makes the key optional, [] makes it public. */
const documentedWrites = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method, op]) => {
      const security = op.security ?? [];
      const keyRequired = security.length > 0 && security.every((requirement) => Object.keys(requirement).length > 0);
      return method !== 'get' && keyRequired;
    })
    .map(([method, op]) => ({ operationId: op.operationId, method: method.toUpperCase(), path })),
);

describe('the table of write routes', () => {
  it('has an entry for every write in openapi/openapi.json, and none for anything else', () => {
    expect(documentedWrites.length).toBeGreaterThanOrEqual(10);
    expect([...WRITE_OPERATIONS].sort()).toEqual(documentedWrites.map((op) => op.operationId).sort());
  });

  it.each(documentedWrites)('gives $operationId the method and path the document gives it', (op) => {
    const route = WRITE_ROUTES[op.operationId as keyof typeof WRITE_ROUTES];
    expect({ method: route.method, path: route.path }).toEqual({ method: op.method, path: op.path });
  });
});
