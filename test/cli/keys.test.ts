// `npm run keys`: the operator's way to create, list and revoke API keys, run as the real process against a
// database that a running app then uses.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { connect } from '../../src/db/client.js';
import { runKeysCommand } from '../../src/cli/keys-command.js';
import { expectProblem } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { ALIBABA } from '../support/fixtures.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The command in-process, as `npm run keys -- ...args` runs it, on its own connection to this file's database. */
async function keysCli(database: TestDatabase, ...args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  let opened = 0;
  const code = await runKeysCommand(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, async () => {
    opened += 1;
    return connect(database.url, { max: 1 });
  });
  // Arguments are checked before the database is touched.
  if (code === 2) expect(opened).toBe(0);
  const lines = (ls: string[]) => ls.map((l) => `${l}\n`).join('');
  return { code, stdout: lines(out), stderr: lines(err) };
}

/** The real process: `tsx src/cli/keys.ts ...args` with DATABASE_URL, as an operator runs it. */
function spawnKeysCli(database: TestDatabase | { url: string }, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/keys.ts', ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: database.url }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const KEY_IN_OUTPUT = /\b(saydo_([a-z0-9]{12})_([A-Za-z0-9_-]{43}))\b/;
const ID_IN_OUTPUT = /created key ([0-9a-f-]{36}) /;

interface CreatedKey {
  key: string;
  prefix: string;
  secret: string;
  id: string;
}

function parseCreated(run: Run): CreatedKey {
  const key = KEY_IN_OUTPUT.exec(run.stdout);
  const id = ID_IN_OUTPUT.exec(run.stdout);
  if (!key?.[1] || !key[2] || !key[3] || !id?.[1])
    throw new Error(`no key in the output of create:\n${run.stdout}${run.stderr}`);
  return { key: key[1], prefix: key[2], secret: key[3], id: id[1] };
}

let database: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildApp({ database });
});

afterAll(async () => {
  await app?.close();
  await database?.destroy();
});

/** The app forgets a verified key when it hears of the revocation (LISTEN/NOTIFY): give the news a moment. */
async function afterRevocationReaches<T extends { statusCode: number }>(request: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 2_000;
  for (;;) {
    const response = await request();
    if (response.statusCode === 401 || Date.now() > deadline) return response;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const createCompany = (key: string, id: string) =>
  app.inject({
    method: 'POST',
    url: '/v1/companies',
    headers: { authorization: `Bearer ${key}` },
    payload: { ...ALIBABA, id, name: `Company ${id}` },
  });

describe('keys create --scope write --name pipeline', () => {
  let pipeline: CreatedKey;

  beforeAll(async () => {
    // The one run as a real process: what the operator types, through to a key a running app accepts.
    const run = await spawnKeysCli(database, 'create', '--scope', 'write', '--name', 'pipeline');
    expect(run.code, run.stderr).toBe(0);
    pipeline = parseCreated(run);
  });

  it('prints a key that the app accepts for writes', async () => {
    const response = await createCompany(pipeline.key, 'made-by-pipeline');
    expect(response.statusCode, response.body).toBe(201);
  });

  it('stores the key under its name and scope, without the secret', async () => {
    const rows = await database.pool.query<{ name: string; scope: string; whole: string }>(
      'select name, scope, row_to_json(k)::text as whole from api_keys k where id = $1',
      [pipeline.id],
    );
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0]).toMatchObject({ name: 'pipeline', scope: 'write' });
    expect(rows.rows[0]?.whole).not.toContain(pipeline.secret);
  });

  it('lists the key by id, prefix, scope and name, and never prints its secret again', async () => {
    const run = await keysCli(database, 'list');
    expect(run.code, run.stderr).toBe(0);
    const line = run.stdout.split('\n').find((l) => l.startsWith(pipeline.id));
    expect(line, run.stdout).toBeDefined();
    expect(line).toContain(`saydo_${pipeline.prefix}_`);
    expect(line).toMatch(/\bwrite\b/);
    expect(line).toContain('pipeline');
    expect(line).toContain('active');
    expect(run.stdout).not.toContain(pipeline.secret);
    expect(run.stdout).not.toContain(pipeline.key);
  });

  it('revokes the key by id, after which the app answers 401 and writes nothing', async () => {
    const run = await keysCli(database, 'revoke', pipeline.id);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`revoked ${pipeline.id}`);

    const response = await afterRevocationReaches(() => createCompany(pipeline.key, 'after-revocation'));
    expectProblem(response, 401);
    expect(response.headers['www-authenticate']).toMatch(/^Bearer /);
    const rows = await database.pool.query("select 1 from companies where id = 'after-revocation'");
    expect(rows.rowCount).toBe(0);
  });

  it('lists a revoked key as revoked', async () => {
    const run = await keysCli(database, 'list');
    const line = run.stdout.split('\n').find((l) => l.startsWith(pipeline.id));
    expect(line, run.stdout).toContain('revoked');
  });

  it('fails with exit code 1 when asked to revoke a key that is already revoked', async () => {
    const run = await keysCli(database, 'revoke', pipeline.id);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no active key');
  });
});

describe('keys create --scope read', () => {
  it('prints a key that reads but cannot write (403), and that revoking by prefix disables', async () => {
    const created = parseCreated(await keysCli(database, 'create', '--scope', 'read', '--name', 'dashboard'));
    const read = await app.inject({
      method: 'GET',
      url: '/v1/companies',
      headers: { authorization: `Bearer ${created.key}` },
    });
    expect(read.statusCode, read.body).toBe(200);
    expectProblem(await createCompany(created.key, 'made-by-dashboard'), 403);

    const revoked = await keysCli(database, 'revoke', created.prefix);
    expect(revoked.code, revoked.stderr).toBe(0);
    const after = await afterRevocationReaches(() =>
      app.inject({ method: 'GET', url: '/v1/companies', headers: { authorization: `Bearer ${created.key}` } }),
    );
    expectProblem(after, 401);
  });
});

describe('keys revoke with what list prints', () => {
  it('accepts the key as list shows it, saydo_<prefix>_…, and revokes that key only', async () => {
    const kept = parseCreated(await keysCli(database, 'create', '--scope', 'read', '--name', 'kept'));
    const gone = parseCreated(await keysCli(database, 'create', '--scope', 'read', '--name', 'gone'));
    const listed = (await keysCli(database, 'list')).stdout.split('\n').find((l) => l.startsWith(gone.id));
    const shown = listed?.split(/\s+/)[1] ?? '';
    expect(shown).toBe(`saydo_${gone.prefix}_…`);

    const run = await keysCli(database, 'revoke', shown);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`revoked ${gone.id}`);
    const states = await database.pool.query<{ id: string; revoked: boolean }>(
      'select id, revoked_at is not null as revoked from api_keys where id = any($1)',
      [[kept.id, gone.id]],
    );
    expect(Object.fromEntries(states.rows.map((r) => [r.id, r.revoked]))).toEqual({
      [kept.id]: false,
      [gone.id]: true,
    });
  });
});

describe('keys --help', () => {
  it.for([['--help'], ['-h'], ['help'], ['create', '--help']])('prints the usage and exits 0 on %j', async (args) => {
    const run = await keysCli(database, ...args);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^usage:/);
    expect(run.stderr).toBe('');
  });
});

describe('keys when the database cannot be reached', () => {
  it('exits with code 1 and says why, without a stack trace', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runKeysCommand(['list'], { out: (l) => out.push(l), err: (l) => err.push(l) }, () =>
      Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:1')),
    );
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual(['keys list failed: connect ECONNREFUSED 127.0.0.1:1']);
  });
});

describe('keys with bad arguments', () => {
  // They write nothing, so they may run side by side.
  it.concurrent.for([
    ['an unknown scope', ['create', '--scope', 'root', '--name', 'x']],
    ['no name', ['create', '--scope', 'write']],
    ['no scope', ['create', '--name', 'x']],
    ['an unknown option', ['list', '--force']],
    ['an option without its value', ['create', '--name', 'x', '--scope']],
    ['a stray argument', ['list', 'everything']],
    ['no command', []],
    ['an unknown command', ['rotate']],
    ['revoke without a target', ['revoke']],
  ] as const)('exits with code 2 and creates nothing on %s', async ([, args], { expect }) => {
    const before = await database.pool.query<{ n: string }>('select count(*)::text as n from api_keys');
    const run = await keysCli(database, ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage:');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const after = await database.pool.query<{ n: string }>('select count(*)::text as n from api_keys');
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });
});

describe('keys as a process: what the operator sees, and the exit code a script checks', () => {
  const STACK = /\n\s+at |Error:/;

  it('prints the usage on --help to stdout and exits 0', async () => {
    const run = await spawnKeysCli(database, '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^usage:/);
    expect(run.stdout).toContain('revoke <id or prefix');
    expect(run.stderr).toBe('');
  });

  it('exits 2 on create without --scope, saying why, with no stack trace, and creates nothing', async () => {
    const before = await database.pool.query<{ n: string }>('select count(*)::text as n from api_keys');
    const run = await spawnKeysCli(database, 'create', '--name', 'no-scope');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--scope must be read, write or admin');
    expect(run.stderr).not.toMatch(STACK);
    const after = await database.pool.query<{ n: string }>('select count(*)::text as n from api_keys');
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });

  it('revokes by the prefix list prints, and exits 1 when nothing matches', async () => {
    const created = parseCreated(await keysCli(database, 'create', '--scope', 'read', '--name', 'spawned'));
    const revoked = await spawnKeysCli(database, 'revoke', `saydo_${created.prefix}_…`);
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(revoked.stdout).toContain(`revoked ${created.id}`);
    const again = await spawnKeysCli(database, 'revoke', created.prefix);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('no active key matches');
  });

  it('exits 1 with one line and no stack trace when the database cannot be reached', async () => {
    const run = await spawnKeysCli({ url: 'postgres://postgres@127.0.0.1:1/none' }, 'list');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^keys list failed: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
