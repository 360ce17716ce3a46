// Configuration comes from the environment only, parsed once at the edge.
import { z } from 'zod';

/** An origin as a browser sends it in the Origin header: no path, no trailing slash. */
const ORIGIN = /^https?:\/\/[^/\s:]+(:\d{1,5})?$/;

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().min(1).optional(),
  DATABASE_READ_URL: z.string().min(1).optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  EMBEDDED_PG_DIR: z.string().default('.data/postgres'),
  READS_REQUIRE_KEY: z.enum(['true', 'false']).default('false'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(6000),
  PARSE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  FAILED_KEYS_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  // Browser origins (scheme://host[:port]) that may call the API from their pages; '*' for any. Default: none.
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter((o) => o !== ''),
    )
    .pipe(z.array(z.union([z.literal('*'), z.string().regex(ORIGIN, 'must be scheme://host[:port], without a path')]))),
  // Hosts (hostname, or hostname:port) webhook endpoints may point at. Default: none, so no webhook can be sent.
  WEBHOOK_ALLOWED_HOSTS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter((h) => h !== ''),
    )
    .pipe(z.array(z.string().regex(/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/, 'must be a hostname or host:port'))),
  WEBHOOK_DELIVERY_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  // Private or reserved addresses (or CIDR networks) webhooks may connect to; any other non-public address is
  // refused at connection time, whatever name led to it. IP literals in WEBHOOK_ALLOWED_HOSTS count as listed.
  WEBHOOK_PRIVATE_NETWORKS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((n) => n.trim().toLowerCase())
        .filter((n) => n !== ''),
    )
    .pipe(z.array(z.string().regex(/^([0-9.]+|[0-9a-f:.]+)(\/\d{1,3})?$/, 'must be an IP address or CIDR network'))),
  RESPONSE_CACHE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(64 * 1024 * 1024),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: z.enum(['true', 'false']).optional(),
  METRICS_PUBLIC: z.enum(['true', 'false']).default('false'),
  REDIS_URL: z.string().min(1).optional(),
  TRUST_PROXY: z.string().min(1).optional(),
});

/** TRUST_PROXY as fastify takes it: true, false, or a comma-separated list of the proxies' addresses/CIDRs. */
export function parseTrustProxy(value: string | undefined): boolean | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  return value;
}

export interface Config {
  port: number;
  host: string;
  /** null: run the embedded PostgreSQL. */
  databaseUrl: string | null;
  /** A streaming replica of the database, for reads; null: everything goes to the primary. */
  databaseReadUrl: string | null;
  embedded: { port: number; dataDir: string };
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  /** LOG_PRETTY: true or false forces pretty or JSON logs; null leaves it to whether stdout is a terminal. */
  logPretty: boolean | null;
  /** /metrics without a key (for a scraper on a private network); otherwise it needs an admin key. */
  metricsPublic: boolean;
  /** Rate limits counted in this Redis across instances; null: per instance. */
  redisUrl: string | null;
  trustProxy: boolean | string;
  readsRequireKey: boolean;
  rateLimitPerMinute: number;
  parseRateLimitPerMinute: number;
  /** Unknown or malformed API keys per minute per client address before further ones get 429 unchecked. */
  failedKeysPerMinute: number;
  /** Origins whose pages may call the API (CORS); empty: none, ['*']: any. */
  corsOrigins: string[];
  /** The most memory one instance's response cache may take, in bytes. */
  responseCacheMaxBytes: number;
  /** Hosts webhooks may be sent to; empty: none. */
  webhookAllowedHosts: string[];
  /** Private addresses or networks webhooks may connect to; empty: only IP literals listed as allowed hosts. */
  webhookPrivateNetworks: string[];
  /** How long webhook delivery attempts are kept, in days. */
  webhookDeliveryRetentionDays: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL ?? null,
    databaseReadUrl: e.DATABASE_READ_URL ?? null,
    embedded: { port: e.EMBEDDED_PG_PORT, dataDir: e.EMBEDDED_PG_DIR },
    logLevel: e.LOG_LEVEL,
    logPretty: e.LOG_PRETTY === undefined ? null : e.LOG_PRETTY === 'true',
    metricsPublic: e.METRICS_PUBLIC === 'true',
    redisUrl: e.REDIS_URL ?? null,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    readsRequireKey: e.READS_REQUIRE_KEY === 'true',
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    parseRateLimitPerMinute: e.PARSE_RATE_LIMIT_PER_MINUTE,
    failedKeysPerMinute: e.FAILED_KEYS_PER_MINUTE,
    corsOrigins: e.CORS_ORIGINS,
    responseCacheMaxBytes: e.RESPONSE_CACHE_MAX_BYTES,
    webhookAllowedHosts: e.WEBHOOK_ALLOWED_HOSTS,
    webhookPrivateNetworks: e.WEBHOOK_PRIVATE_NETWORKS,
    webhookDeliveryRetentionDays: e.WEBHOOK_DELIVERY_RETENTION_DAYS,
  };
}
