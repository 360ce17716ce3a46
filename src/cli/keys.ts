// `npm run keys -- create --scope write --name pipeline` | `list` | `revoke <id or prefix>`.
// Works on the embedded default and with DATABASE_URL, like the server.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/open.js';
import { createApiKey, SCOPES, type Scope } from '../service/keys.js';
import { createApiKeyStore } from '../store/api-keys.js';
import { createWriteStore } from '../store/writes.js';

const USAGE = `usage:
  npm run keys -- create --scope <read|write|admin> --name <name>
  npm run keys -- list
  npm run keys -- revoke <id or prefix>`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { scope: { type: 'string' }, name: { type: 'string' } },
});
const [command, target] = positionals;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

if (command !== 'create' && command !== 'list' && command !== 'revoke') fail(`unknown command '${command ?? ''}'`);
if (command === 'create') {
  if (!SCOPES.includes(values.scope as Scope)) fail('--scope must be read, write or admin');
  if (!values.name) fail('--name is required');
}
if (command === 'revoke' && !target) fail('revoke needs the key id or prefix');

const database = await openDatabase(loadConfig());
try {
  const store = createApiKeyStore(database.db);
  if (command === 'create') {
    const { key, row } = await createApiKey(database.db, values.name ?? '', values.scope as Scope);
    console.log(
      `created key ${row.id} '${row.name}' with scope ${row.scope}. It is shown only now; store it safely:\n${key}`,
    );
  } else if (command === 'list') {
    for (const k of await store.list()) {
      const state = k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active';
      console.log(
        `${k.id}  saydo_${k.prefix}_…  ${k.scope.padEnd(5)}  ${k.name}  (${state}, created ${k.createdAt.toISOString()})`,
      );
    }
  } else {
    const row = await store.revoke(target ?? '', new Date());
    // Running instances remember verified keys until they hear of a change: tell them.
    if (row) await createWriteStore(database.db).notifyChange();
    if (!row) {
      console.error(`no active key matches '${target ?? ''}'`);
      process.exitCode = 1;
    } else console.log(`revoked ${row.id} '${row.name}'`);
  }
} finally {
  await database.close();
}
