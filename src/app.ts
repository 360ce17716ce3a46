// buildApp(deps) -> FastifyInstance. Everything is registered explicitly, so startup reads top to bottom.
import { AsyncLocalStorage } from 'node:async_hooks';
import compress from '@fastify/compress';
import rateLimit from '@fastify/rate-limit';
import { Redis } from 'ioredis';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DatabaseHandle } from './db/client.js';
import { registerOpenApi } from './http/openapi.js';
import { boardRoutes } from './http/board.js';
import { auth } from './http/plugins/auth.js';
import { corsOrigins } from './http/plugins/cors.js';
import { conditionalGets } from './http/plugins/response-cache.js';
import { readRouting, type ReadTarget } from './http/plugins/read-routing.js';
import { replicaRouting } from './db/replica.js';
import { cacheHeaders } from './http/plugins/cache-headers.js';
import { createAppMetrics, metricsEndpoint } from './http/plugins/metrics.js';
import { listenForChanges } from './db/notifications.js';
import { changeRoutes } from './http/routes/changes.js';
import { scorecardRoutes } from './http/routes/scorecards.js';
import { rejectNulText } from './http/plugins/text-safety.js';
import { contentNegotiation } from './http/plugins/representations.js';
import { strictQueries } from './http/plugins/strict-query.js';
import { jsonBodies } from './http/plugins/json-body.js';
import {
  HttpProblemError,
  problemBody,
  registerProblemHandlers,
  sendFrameworkProblem,
  writeClientProblem,
} from './http/problems.js';
import { actualRoutes } from './http/routes/actuals.js';
import { auditRoutes } from './http/routes/audit.js';
import { companyRoutes } from './http/routes/companies.js';
import { healthRoutes } from './http/routes/health.js';
import { keyRoutes } from './http/routes/keys.js';
import { metricRoutes } from './http/routes/metrics.js';
import { statementRoutes } from './http/routes/statements.js';
import { createWriteHandler } from './http/write.js';
import { startRetentionPruner } from './jobs/retention-pruner.js';
import { startSweeper } from './jobs/sweeper.js';
import { startWebhookDeliverer } from './jobs/webhook-deliverer.js';
import { WEBHOOK_DELIVERY_RETENTION_DEFAULT_MS } from './service/webhook-delivery.js';
import { webhookRoutes } from './http/routes/webhooks.js';
import { systemClock, type Clock } from './lib/clock.js';
import { loggerOptions } from './lib/logging.js';
import { REQUEST_ID_HEADER, requestIdOf } from './http/request-id.js';
import { createServices } from './service/index.js';
import { createUnitOfWork, writeSlotsOf } from './service/unit-of-work.js';
import { createStores } from './store/index.js';

export interface AppOptions {
  /** Close reads to callers without a key (default: reads are open). */
  readsRequireKey?: boolean;
  /** Invalid API keys a client address may present per minute before it gets 429s without a lookup (default 30). */
  failedKeysPerMinute?: number;
  /** Requests per minute per API key (or per client address without one). */
  rateLimitPerMinute?: number;
  /** Parses per minute per caller: each reads up to 4,000 characters of text, so it gets its own, lower limit. */
  parseRateLimitPerMinute?: number;
  /** Largest request body, in bytes; a 10,000-item batch of actuals fits in the default. */
  bodyLimit?: number;
  /**
   * LISTEN for changes (default true): needed for the response cache and for long polls to wake at once.
   * Off only where no database is reachable, e.g. when generating the OpenAPI document.
   */
  listen?: boolean;
  /** How often to announce scheduled changes (deadlines) to the feed; 0 turns the sweeper off. */
  sweepIntervalMs?: number;
  /**
   * How often to prune idempotency records past their 24 hours and webhook delivery attempts past their retention
   * (default 10 minutes); 0 turns pruning off.
   */
  pruneIntervalMs?: number;
  /** How long webhook delivery attempts are kept (WEBHOOK_DELIVERY_RETENTION_DAYS; default 30 days). */
  webhookDeliveryRetentionMs?: number;
  /** Origins whose pages may call the API from a browser (CORS); '*' any; default none. */
  corsOrigins?: string[];
  /**
   * Count rate limits in this Redis (ioredis URL), so that every instance shares one count per caller; without
   * it each instance counts alone, and N instances allow N times the rate.
   */
  redisUrl?: string;
  /**
   * fastify's trustProxy: whose address a request is from, for the rate limit and the failed-key limit. false
   * (default) takes the socket's peer; true the leftmost X-Forwarded-For (only behind a proxy that sets it);
   * a comma-separated list of the proxies' addresses or CIDRs trusts X-Forwarded-For from those alone.
   */
  trustProxy?: boolean | string;
  /** Serve /metrics without a key (default: admin scope only). */
  metricsPublic?: boolean;
  /** Where every "now" comes from: defaults, knowledge times, recorded-at stamps (default: the system clock). */
  clock?: Clock;
  /** The most memory this instance's response cache may take, in bytes (default 64 MiB). */
  responseCacheMaxBytes?: number;
  /** Hosts (hostname or host:port) webhooks may be sent to (WEBHOOK_ALLOWED_HOSTS); default none. */
  webhookAllowedHosts?: string[];
  /** Private addresses or CIDR networks webhooks may connect to (WEBHOOK_PRIVATE_NETWORKS); default none. */
  webhookPrivateNetworks?: string[];
  /** host:port pairs that reach this service, never allowed as webhook targets (besides each request's Host). */
  webhookSelfHosts?: string[];
  /** How often to look for webhook deliveries that are due (default 1 s); 0 turns delivery off. */
  webhookIntervalMs?: number;
  /** How long a webhook receiver has to answer (default 10 s). */
  webhookTimeoutMs?: number;
  /** The delay after a webhook's first failed attempt, doubled after each further one (default 5 s). */
  webhookRetryBaseMs?: number;
}

export interface AppDeps extends AppOptions {
  database: DatabaseHandle;
  /** A streaming replica of `database` (DATABASE_READ_URL): GETs are answered from it once it has caught up. */
  readDatabase?: DatabaseHandle | null;
  /** How long a read waits for the replica to replay what it needs before the primary answers (default 250 ms). */
  replicaWaitMs?: number;
  logLevel?: string;
  /** Pretty, coloured log lines (pino-pretty) instead of JSON; see wantsPrettyLogs. */
  logPretty?: boolean;
  /** Where JSON log lines go (default stdout). */
  logStream?: NodeJS.WritableStream;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const clock = deps.clock ?? systemClock;
  const db = deps.database.db;
  // Reads use services on the pool; every write runs its own services in a transaction (the unit of work).
  const metrics = createAppMetrics();
  const services = createServices(createStores(db), clock, metrics);
  // Writes leave a few of the pool's connections to reads (see writeSlotsOf).
  const unitOfWork = createUnitOfWork(db, clock, metrics, writeSlotsOf(deps.database.pool.options.max ?? 10));
  // With a replica, the resources' GETs use services that go to it or to the primary, as decided per request
  // (src/http/plugins/read-routing.ts); keys, the change feed and the cache's horizon stay on the primary.
  const readTarget = new AsyncLocalStorage<ReadTarget>();
  const replicaServices = deps.readDatabase ? createServices(createStores(deps.readDatabase.db), clock, metrics) : null;
  const readServices = replicaServices
    ? new Proxy(services, {
        get: (primary, key) => Reflect.get(readTarget.getStore()?.replica ? replicaServices : primary, key),
      })
    : services;
  const app = Fastify({
    logger: loggerOptions({ level: deps.logLevel ?? 'silent', pretty: deps.logPretty, stream: deps.logStream }),
    // The caller's X-Request-Id when sane, else a UUID; fastify's own header handling would take any value.
    genReqId: requestIdOf,
    requestIdHeader: false,
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    bodyLimit: deps.bodyLimit ?? 16 * 1024 * 1024,
    // A slow client cannot hold a connection forever; a batch of 10,000 still has ample time.
    trustProxy: deps.trustProxy ?? false,
    connectionTimeout: 60_000,
    requestTimeout: 60_000,
    keepAliveTimeout: 72_000,
    // Malformed URLs and HTTP that Node refuses get problem details like every other refusal.
    frameworkErrors: sendFrameworkProblem,
    clientErrorHandler: writeClientProblem,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app);
  // First hook of all: every answer, a refusal by auth or the rate limit too, names its request.
  app.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
  await app.register(jsonBodies);
  // Before any route (it attaches to routes as they are added); its hooks are the routes' own, so they run after
  // the response cache's, whose ETags name the uncompressed bytes. Event streams are never compressed.
  await app.register(compress, { threshold: 1024 });

  await registerOpenApi(app);

  // Before auth: a browser's preflight carries no key.
  await app.register(corsOrigins, { origins: deps.corsOrigins ?? [] });

  const listener = deps.listen === false ? null : await listenForChanges(deps.database.url, (m) => app.log.warn(m));
  app.addHook('onClose', async () => listener?.close());
  await app.register(auth, {
    keys: services.keys,
    readsRequireKey: deps.readsRequireKey ?? false,
    listener,
    failedKeysPerMinute: deps.failedKeysPerMinute ?? 30,
  });
  // With Redis every instance counts in one place; without it each counts alone (the budget scales with them).
  const redis = deps.redisUrl
    ? new Redis(deps.redisUrl, { connectTimeout: 2_000, maxRetriesPerRequest: 1, enableOfflineQueue: false })
    : null;
  if (redis) {
    redis.on('error', (err) => app.log.warn({ err }, 'redis for rate limits'));
    app.addHook('onClose', async () => {
      await redis.quit().catch(() => redis.disconnect());
    });
  }
  await app.register(rateLimit, {
    ...(redis ? { redis, nameSpace: 'saydo-rate-limit:' } : {}),
    // A limit that cannot be counted (Redis down) lets the request through rather than failing the API.
    skipOnError: true,
    max: deps.rateLimitPerMinute ?? 6_000,
    timeWindow: 60_000,
    keyGenerator: (request) => request.caller?.keyId ?? request.ip,
    errorResponseBuilder: (_request, context) =>
      new HttpProblemError(
        problemBody(
          429,
          'rate-limited',
          'Too many requests',
          `More than ${context.max} requests a minute; retry in ${context.after}.`,
        ),
      ),
  });

  await app.register(conditionalGets, {
    listener,
    clock,
    nextScheduledChange: () => services.scoring.nextScheduledChange(),
    uncached: (url) => url.startsWith('/v1/changes') || url.startsWith('/v1/webhooks') || !url.startsWith('/v1/'),
    maxBytes: deps.responseCacheMaxBytes,
    onLookup: (outcome) => metrics.cacheLookup(outcome),
  });
  if (deps.readDatabase) {
    await app.register(readRouting, {
      routing: replicaRouting(deps.database, deps.readDatabase),
      listener,
      waitMs: deps.replicaWaitMs ?? 250,
      target: readTarget,
    });
  }
  await app.register(rejectNulText);
  await app.register(cacheHeaders, { readsRequireKey: deps.readsRequireKey ?? false });

  const urlPolicy = {
    allowedHosts: deps.webhookAllowedHosts ?? [],
    selfHosts: deps.webhookSelfHosts ?? [],
    privateNetworks: deps.webhookPrivateNetworks ?? [],
  };
  const warn = (err: unknown, message: string) => app.log.warn({ err }, message);
  const jobs = [
    startSweeper(unitOfWork, clock, deps.sweepIntervalMs ?? 1_000, warn),
    startRetentionPruner(
      unitOfWork,
      deps.pruneIntervalMs ?? 10 * 60_000,
      deps.webhookDeliveryRetentionMs ?? WEBHOOK_DELIVERY_RETENTION_DEFAULT_MS,
      warn,
    ),
    startWebhookDeliverer(
      deps.database,
      clock,
      {
        urlPolicy,
        intervalMs: deps.webhookIntervalMs ?? 1_000,
        timeoutMs: deps.webhookTimeoutMs,
        retryBaseMs: deps.webhookRetryBaseMs,
        onAttempt: (outcome) => metrics.webhookAttempted(outcome),
      },
      warn,
    ),
  ];
  app.addHook('onClose', async () => {
    await Promise.all(jobs.map((job) => job.stop()));
  });

  const write = createWriteHandler(unitOfWork, (changed) => app.invalidateResponseCache(changed));
  await app.register(healthRoutes, { pool: deps.database.pool });
  await app.register(boardRoutes);
  await app.register(metricsEndpoint, {
    metrics,
    pool: deps.database.pool,
    services,
    public: deps.metricsPublic ?? false,
  });
  await app.register(
    async (v1) => {
      // Every /v1 route refuses unknown query parameters; health and the docs stay tolerant.
      await v1.register(strictQueries);
      // Each read answers the media types it documents; other Accepts get a 406.
      await v1.register(contentNegotiation);
      await v1.register(companyRoutes, { services: readServices, write });
      await v1.register(metricRoutes, { services: readServices, write });
      await v1.register(statementRoutes, {
        services: readServices,
        write,
        parseRateLimitPerMinute: deps.parseRateLimitPerMinute ?? 60,
      });
      await v1.register(actualRoutes, { services: readServices, write });
      await v1.register(auditRoutes, { services: readServices, write });
      // The feed reads its horizon from running transactions: only the primary knows them.
      await v1.register(changeRoutes, { services, write, listener });
      await v1.register(scorecardRoutes, { services: readServices, write });
      await v1.register(keyRoutes, { services, write });
      // Endpoints and their delivery state change without a write (the deliverer): always from the primary.
      await v1.register(webhookRoutes, { services, write, urlPolicy });
    },
    { prefix: '/v1' },
  );
  await app.ready();
  return app;
}
