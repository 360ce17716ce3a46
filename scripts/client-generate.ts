// `npm run client:generate` writes the TypeScript types of a client generated from openapi/openapi.json, which
// test/e2e drives with openapi-fetch; `--check` (`npm run client:check`) fails when the committed file differs.
// The file is committed so that a change of the spec shows as a reviewable change of the client's types.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';

const spec = new URL('../openapi/openapi.json', import.meta.url);
const target = fileURLToPath(new URL('../test/e2e/generated/saydo.d.ts', import.meta.url));

// The spec has separate request (`…Input`) and response schemas, each with its own `required`: a request field
// with a default stays optional for the caller, as `required` says (openapi-typescript's default would demand it).
const generated = `${COMMENT_HEADER}${astToString(await openapiTS(spec, { defaultNonNullable: false }))}`;
if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== generated) {
    console.error(
      'test/e2e/generated/saydo.d.ts is out of date with openapi/openapi.json: run `npm run client:generate` and commit the result.',
    );
    process.exit(1);
  }
  console.log('test/e2e/generated/saydo.d.ts matches openapi/openapi.json.');
} else {
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, generated);
  console.log(`wrote ${target}`);
}
