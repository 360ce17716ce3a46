// The service under test runs in a process of its own, as in production: `node --import tsx src/server.ts`.
// The hello-world ceiling (bench/lib/hello.ts) is started the same way, by the same code.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './ports.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LOG_TAIL_LINES = 40;

export interface RunningServer {
  baseUrl: string;
  pid: number;
  /** Lines the server logged (LOG_LEVEL=warn), the last few kept for the report. */
  logLines(): { count: number; tail: string[] };
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

export interface ServerOptions {
  readyTimeoutMs?: number;
  /** Extra modules for `node --import`, after tsx: diagnosis hooks only (see bench/diagnose/). */
  imports?: string[];
}

/** The service on this database: `node --import tsx src/server.ts`, ready when /readyz answers. */
export function startServer(databaseUrl: string, options: ServerOptions = {}): Promise<RunningServer> {
  return startProcess(
    'src/server.ts',
    '/readyz',
    { DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '1000000000' },
    options,
  );
}

/** The hello-world ceiling: a bare fastify app, `GET /` answering a tiny JSON, started exactly as the service is. */
export function startHello(options: ServerOptions = {}): Promise<RunningServer> {
  return startProcess('bench/lib/hello.ts', '/', {}, { ...options, imports: [] });
}

/** The floor under an uncached HTTP read: fastify and the bare primary-key SELECT, nothing else (bench/lib/bare-read.ts). */
export function startBareRead(databaseUrl: string, options: ServerOptions = {}): Promise<RunningServer> {
  return startProcess('bench/lib/bare-read.ts', '/', { DATABASE_URL: databaseUrl }, { ...options, imports: [] });
}

async function startProcess(
  script: string,
  readyPath: string,
  env: Record<string, string>,
  options: ServerOptions,
): Promise<RunningServer> {
  const port = await freePort();
  const imports = ['tsx', ...(options.imports ?? [])].flatMap((m) => ['--import', m]);
  const child = spawn(process.execPath, [...imports, script], {
    cwd: ROOT,
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let count = 0;
  const tail: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      count += 1;
      tail.push(line.length > 400 ? `${line.slice(0, 400)}...` : line);
      if (tail.length > LOG_TAIL_LINES) tail.shift();
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM'); // close-with-grace: finish in-flight requests, close the pool
    const done = await Promise.race([exited(child).then(() => true), sleep(15_000).then(() => false)]);
    if (!done) {
      child.kill('SIGKILL');
      await exited(child);
    }
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `${script} exited during startup (code ${child.exitCode ?? child.signalCode}):\n${tail.join('\n')}`,
      );
    }
    const ready = await fetch(`${baseUrl}${readyPath}`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${script} was not ready within ${options.readyTimeoutMs ?? 60_000} ms:\n${tail.join('\n')}`);
    }
    await sleep(200);
  }
  return { baseUrl, pid: child.pid ?? -1, logLines: () => ({ count, tail: [...tail] }), stop };
}
