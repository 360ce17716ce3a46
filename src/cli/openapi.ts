// `npm run openapi` writes openapi/openapi.json from the routes; `--check` fails when the committed file differs.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../app.js';
import { connect } from '../db/client.js';

const target = fileURLToPath(new URL('../../openapi/openapi.json', import.meta.url));

export async function generateOpenApi(): Promise<string> {
  // The document depends on the routes only; the pool is never asked for a connection.
  const database = connect('postgres://openapi@127.0.0.1:1/none', { max: 1 });
  const app = await buildApp({ database, listen: false, sweepIntervalMs: 0 });
  try {
    return `${JSON.stringify(app.swagger(), null, 2)}\n`;
  } finally {
    await app.close();
    await database.close();
  }
}

const spec = await generateOpenApi();
if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== spec) {
    console.error('openapi/openapi.json is out of date with the routes: run `npm run openapi` and commit the result.');
    process.exit(1);
  }
  console.log('openapi/openapi.json matches the routes.');
} else {
  await mkdir(fileURLToPath(new URL('../../openapi', import.meta.url)), { recursive: true });
  await writeFile(target, spec);
  console.log(`wrote ${target}`);
}
