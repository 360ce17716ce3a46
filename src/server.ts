// config -> database -> migrate -> listen -> graceful shutdown. Nothing else.
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/open.js';
import { IDEMPOTENCY_RETENTION_MS } from './http/write.js';
import { createWriteStore } from './store/writes.js';

const config = loadConfig();
const database = await openDatabase(config, (line) => {
  if (config.logLevel === 'debug' || config.logLevel === 'trace') console.error(line);
});
const app = await buildApp({
  database,
  logLevel: config.logLevel,
  readsRequireKey: config.readsRequireKey,
  rateLimitPerMinute: config.rateLimitPerMinute,
  parseRateLimitPerMinute: config.parseRateLimitPerMinute,
  failedKeysPerMinute: config.failedKeysPerMinute,
});
app.log.info(`database: ${database.description}; reads ${config.readsRequireKey ? 'need a key' : 'are open'}`);

// Idempotency records are kept 24 hours. Every instance prunes; deleting what is already gone is harmless.
const pruneTimer = setInterval(() => {
  createWriteStore(database.db)
    .pruneIdempotent(new Date(Date.now() - IDEMPOTENCY_RETENTION_MS))
    .catch((err: unknown) => app.log.warn({ err }, 'pruning idempotency keys failed'));
}, 10 * 60_000);
pruneTimer.unref();

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'shutting down after an error');
  else app.log.info(`${String(signal)} received, shutting down`);
  clearInterval(pruneTimer);
  await app.close();
  await database.close();
});

await app.listen({ port: config.port, host: config.host });
