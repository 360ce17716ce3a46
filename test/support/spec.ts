// Every response the HTTP tests see is checked against the committed OpenAPI document: its status must be one
// the operation lists, its content type one the status lists, and its body must match the schema with objects
// closed, so a field the spec does not declare fails the test just as a missing one does.
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface MediaType {
  schema?: Json;
}
interface Response {
  content?: Record<string, MediaType>;
}
interface Operation {
  operationId?: string;
  responses: Record<string, Response>;
}
interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Json> };
}

const SPEC_ID = 'https://saydo.dev/openapi.json';

/** Close every object schema that lists its properties: what the spec does not declare must not appear. */
function closeObjects(node: Json): Json {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === '$ref' && typeof value === 'string' ? value.replace(/^#/, `${SPEC_ID}#`) : closeObjects(value);
  }
  if (out.properties !== undefined && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

function templateRegex(template: string): RegExp {
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
  return new RegExp(`^${pattern}$`);
}

export class SpecViolation extends Error {}

export function createSpecChecker(specPath = new URL('../../openapi/openapi.json', import.meta.url)) {
  const spec = JSON.parse(readFileSync(specPath, 'utf8')) as Spec;
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: SPEC_ID, components: closeObjects(spec.components as unknown as Json) });
  // Literal segments first, so /v1/statements/parse is not read as /v1/statements/{statementId}.
  const templates = Object.keys(spec.paths)
    .map((t) => ({ template: t, regex: templateRegex(t), params: (t.match(/\{/g) ?? []).length }))
    .sort((a, b) => a.params - b.params);
  const compiled = new Map<string, ValidateFunction>();

  function validatorFor(key: string, schema: Json): ValidateFunction {
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.compile(closeObjects(schema) as object);
      compiled.set(key, validate);
    }
    return validate;
  }

  /** Throws a SpecViolation when the response is not one the spec allows; silent for paths outside the spec. */
  return function check(request: InjectOptions | string, response: LightMyRequestResponse): void {
    const method = (typeof request === 'string' ? 'GET' : (request.method ?? 'GET')).toLowerCase();
    const url = typeof request === 'string' ? request : String(request.url ?? '/');
    const path = url.split('?')[0] ?? url;
    const match = templates.find((t) => t.regex.test(path) && spec.paths[t.template]?.[method] !== undefined);
    if (!match) return;
    const operation = spec.paths[match.template]?.[method];
    if (!operation) return;
    const where = `${method.toUpperCase()} ${match.template} (${operation.operationId ?? '?'}) -> ${response.statusCode}`;
    const documented = operation.responses[String(response.statusCode)] ?? operation.responses.default;
    if (!documented) {
      throw new SpecViolation(
        `${where}: the spec lists no ${response.statusCode} for this operation. Body: ${response.body.slice(0, 300)}`,
      );
    }
    if (response.body === '' || response.statusCode === 304) return;
    const contentType =
      String(response.headers['content-type'] ?? '')
        .split(';')[0]
        ?.trim() ?? '';
    const media = documented.content?.[contentType];
    if (!media?.schema) {
      throw new SpecViolation(`${where}: the spec lists no '${contentType}' body for this status.`);
    }
    if (contentType !== 'application/json' && contentType !== 'application/problem+json') return;
    const validate = validatorFor(`${match.template} ${method} ${response.statusCode} ${contentType}`, media.schema);
    if (!validate(JSON.parse(response.body))) {
      const errors = (validate.errors ?? []).map(
        (e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
      );
      throw new SpecViolation(`${where}: the body does not match the spec:\n  ${errors.slice(0, 10).join('\n  ')}`);
    }
  };
}
