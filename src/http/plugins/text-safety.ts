// PostgreSQL text cannot hold the NUL character; JSON strings can. Refuse such bodies up front with a 422
// that points at each offending string, for every route at once, instead of failing inside a query.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { type FieldError, InvalidInputError } from '../../errors.js';

function findNul(value: unknown, pointer: string, found: FieldError[]): void {
  if (found.length >= 100) return;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push({ pointer, detail: 'must not contain the NUL character (\\u0000)' });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => findNul(item, `${pointer}/${i}`, found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const escaped = key.replace(/~/g, '~0').replace(/\//g, '~1');
      if (key.includes('\u0000')) found.push({ pointer: `${pointer}/${escaped}`, detail: 'a field name must not contain NUL' });
      findNul(item, `${pointer}/${escaped}`, found);
    }
  }
}

async function textSafety(app: FastifyInstance): Promise<void> {
  app.addHook('preValidation', async (request) => {
    const found: FieldError[] = [];
    findNul(request.body, '', found);
    if (found.length > 0) throw new InvalidInputError(found);
  });
}

export const rejectNulText = fp(textSafety, { name: 'saydo-text-safety' });
