// config -> database -> migrate -> listen -> graceful shutdown. Nothing else.
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/open.js';
import { wantsPrettyLogs } from './lib/logging.js';

const config = loadConfig();
const database = await openDatabase(config, (line) => {
  if (config.logLevel === 'debug' || config.logLevel === 'trace') console.error(line);
});
const app = await buildApp({
  database,
  readDatabase: database.read,
  logLevel: config.logLevel,
  logPretty: wantsPrettyLogs(config.logPretty, process.stdout.isTTY === true),
  readsRequireKey: config.readsRequireKey,
  rateLimitPerMinute: config.rateLimitPerMinute,
  parseRateLimitPerMinute: config.parseRateLimitPerMinute,
  failedKeysPerMinute: config.failedKeysPerMinute,
  corsOrigins: config.corsOrigins,
  responseCacheMaxBytes: config.responseCacheMaxBytes,
  metricsPublic: config.metricsPublic,
  ...(config.redisUrl ? { redisUrl: config.redisUrl } : {}),
  trustProxy: config.trustProxy,
  webhookAllowedHosts: config.webhookAllowedHosts,
  webhookPrivateNetworks: config.webhookPrivateNetworks,
  webhookDeliveryRetentionMs: config.webhookDeliveryRetentionDays * 24 * 60 * 60_000,
  // The address it listens on is the service itself: never a webhook target.
  webhookSelfHosts: [`${config.host}:${config.port}`, `localhost:${config.port}`, `127.0.0.1:${config.port}`],
});
app.log.info(
  `database: ${database.description}; reads ${config.readsRequireKey ? 'need a key' : 'are open'}; rate limits ` +
    (config.redisUrl ? 'shared through Redis' : 'per instance (no REDIS_URL)'),
);

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'shutting down after an error');
  else app.log.info(`${String(signal)} received, shutting down`);
  await app.close();
  await database.close();
});

await app.listen({ port: config.port, host: config.host });
