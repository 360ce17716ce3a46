// API keys: 'saydo_<prefix>_<secret>'. The prefix finds the row; only SHA-256 of the secret is stored. A slow
// password hash is not needed: the secret is 256 random bits, not something a person chose.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Executor } from '../db/client.js';
import { SCOPES, type Scope } from '../domain/model.js';
import { ConflictError, NotFoundError } from '../errors.js';
import { systemClock, type Clock } from '../lib/clock.js';
import { createApiKeyStore, type ApiKeyRow, type ApiKeyStore } from '../store/api-keys.js';

export type { ApiKeyRow };

/** admin ⊇ write ⊇ read. */
export function scopeAllows(held: Scope, needed: Scope): boolean {
  return SCOPES.indexOf(held) >= SCOPES.indexOf(needed);
}

export interface Caller {
  keyId: string;
  name: string;
  scope: Scope;
}

const KEY_FORMAT = /^saydo_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

/** Whether a string has the shape of a saydo key; one that does not can be refused without a lookup. */
export function isWellFormedApiKey(key: string): boolean {
  return KEY_FORMAT.test(key);
}

function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

export function createKeyService(store: ApiKeyStore, clock: Clock = systemClock) {
  return {
    async get(id: string): Promise<ApiKeyRow> {
      const row = await store.findById(id);
      if (!row) throw new NotFoundError('API key', id);
      return row;
    },

    /** Every key, active and revoked, oldest first; never a secret. */
    async list(): Promise<ApiKeyRow[]> {
      return store.list();
    },

    /**
     * Revoke a key by id. The last active admin key is kept (409): without it nobody could manage keys over HTTP,
     * and only the command line on the database could make another.
     */
    async revoke(id: string): Promise<ApiKeyRow> {
      const admins = await store.lockActiveAdmins();
      const row = await store.findById(id);
      if (!row) throw new NotFoundError('API key', id);
      if (row.revokedAt)
        throw new ConflictError(`API key '${id}' was already revoked at ${row.revokedAt.toISOString()}.`);
      if (row.scope === 'admin' && admins.length === 1 && admins[0] === id) {
        throw new ConflictError(
          'This is the last active admin key: create another admin key first, or revoke it with `npm run keys`.',
        );
      }
      const revoked = await store.revoke(id, clock.now());
      if (!revoked) throw new NotFoundError('API key', id);
      return revoked;
    },

    /** A new key: the whole key is shown once, here; only the hash of its secret is kept. */
    async create(name: string, scope: Scope): Promise<{ key: string; row: ApiKeyRow }> {
      const prefix = randomBytes(9)
        .toString('base64url')
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '0')
        .slice(0, 12);
      const secret = randomBytes(32).toString('base64url');
      const row = await store.insert({
        name,
        scope,
        prefix,
        secretHash: hashSecret(secret).toString('hex'),
      });
      return { key: `saydo_${prefix}_${secret}`, row };
    },

    /** The caller a bearer key names, or null when it is malformed, unknown or revoked. Constant time in the secret. */
    async verify(key: string): Promise<Caller | null> {
      const match = KEY_FORMAT.exec(key);
      if (!match?.[1] || !match[2]) return null;
      const row = await store.findActiveByPrefix(match[1]);
      const presented = hashSecret(match[2]);
      // Compare against a dummy when the prefix is unknown, so timing does not reveal which prefixes exist.
      const stored = row ? Buffer.from(row.secretHash, 'hex') : Buffer.alloc(presented.length);
      const equal = timingSafeEqual(presented, stored);
      return row && equal ? { keyId: row.id, name: row.name, scope: row.scope } : null;
    },
  };
}

export type KeyService = ReturnType<typeof createKeyService>;

/** A new key, straight on a database: for the command line and the tests, which have no services. */
export async function createApiKey(db: Executor, name: string, scope: Scope): Promise<{ key: string; row: ApiKeyRow }> {
  return createKeyService(createApiKeyStore(db)).create(name, scope);
}

/** The caller a key names, straight on a database (see createApiKey). */
export async function verifyApiKey(db: Executor, key: string): Promise<Caller | null> {
  return createKeyService(createApiKeyStore(db)).verify(key);
}
