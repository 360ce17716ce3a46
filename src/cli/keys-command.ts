// The key management command as a function: arguments in, lines out, an exit code back. src/cli/keys.ts runs it
// as `npm run keys`; tests call it in-process on their own database.
import { parseArgs } from 'node:util';
import type { DatabaseHandle } from '../db/client.js';
import { SCOPES, type Scope } from '../domain/model.js';
import { createApiKey } from '../service/keys.js';
import { createApiKeyStore } from '../store/api-keys.js';
import { createChangeStore } from '../store/changes.js';

export const USAGE = `usage:
  npm run keys -- create --scope <read|write|admin> --name <name>
  npm run keys -- list
  npm run keys -- revoke <id or prefix, as list prints them>
  npm run keys -- --help
(in the container image: node dist/cli/keys.js, or npm run keys:dist --, with the same arguments)`;

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/** Exit codes: 0 done, 1 the command failed (no such key, database error), 2 the arguments are wrong. */
type ExitCode = 0 | 1 | 2;

type Command =
  | { kind: 'help' }
  | { kind: 'create'; scope: Scope; name: string }
  | { kind: 'list' }
  | { kind: 'revoke'; target: string };

/** What `list` prints of a key, `saydo_<prefix>_…`, or the whole key, names its prefix; anything else is an id. */
const PRINTED_PREFIX = /^(?:saydo_)?([a-z0-9]{12})(?:_.*)?$/;

function parseCommand(argv: string[]): Command | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { scope: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const { positionals, values } = parsed;
  const [command, target, ...rest] = positionals;
  if (values.help || command === 'help') return { kind: 'help' };
  if (rest.length > 0) return `unexpected arguments: ${rest.join(' ')}`;
  switch (command) {
    case 'create': {
      const scope = SCOPES.find((s) => s === values.scope);
      if (!scope) return '--scope must be read, write or admin';
      if (!values.name?.trim()) return '--name is required';
      if (target !== undefined) return `create takes no argument ('${target}')`;
      return { kind: 'create', scope, name: values.name };
    }
    case 'list':
      if (target !== undefined) return `list takes no argument ('${target}')`;
      return { kind: 'list' };
    case 'revoke':
      if (!target) return 'revoke needs the key id or prefix';
      return { kind: 'revoke', target: PRINTED_PREFIX.exec(target)?.[1] ?? target };
    default:
      return `unknown command '${command ?? ''}'`;
  }
}

export async function runKeysCommand(
  argv: string[],
  output: Output,
  openDatabase: () => Promise<DatabaseHandle>,
): Promise<ExitCode> {
  const command = parseCommand(argv);
  if (typeof command === 'string') {
    output.err(`${command}\n${USAGE}`);
    return 2;
  }
  if (command.kind === 'help') {
    output.out(USAGE);
    return 0;
  }
  let database: DatabaseHandle | null = null;
  try {
    database = await openDatabase();
    return await runOn(database, command, output);
  } catch (error) {
    output.err(`keys ${command.kind} failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await database?.close();
  }
}

async function runOn(
  database: DatabaseHandle,
  command: Exclude<Command, { kind: 'help' }>,
  output: Output,
): Promise<ExitCode> {
  const store = createApiKeyStore(database.db);
  switch (command.kind) {
    case 'create': {
      const { key, row } = await createApiKey(database.db, command.name, command.scope);
      output.out(
        `created key ${row.id} '${row.name}' with scope ${row.scope}. It is shown only now; store it safely:\n${key}`,
      );
      return 0;
    }
    case 'list':
      for (const k of await store.list()) {
        const state = k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active';
        output.out(
          `${k.id}  saydo_${k.prefix}_…  ${k.scope.padEnd(5)}  ${k.name}  (${state}, created ${k.createdAt.toISOString()})`,
        );
      }
      return 0;
    case 'revoke': {
      const row = await store.revoke(command.target, new Date());
      if (!row) {
        output.err(`no active key matches '${command.target}'`);
        return 1;
      }
      // Running instances remember verified keys until they hear of a change: tell them.
      await createChangeStore(database.db).notify();
      output.out(`revoked ${row.id} '${row.name}'`);
      return 0;
    }
  }
}
