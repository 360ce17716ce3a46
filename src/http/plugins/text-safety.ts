// PostgreSQL text cannot hold the NUL character or a lone UTF-16 surrogate (it has no UTF-8 form); JSON strings
// can. Refuse such bodies up front with a 422 that points at each offending string, for every route at once,
// instead of failing inside a query.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { type FieldError, InvalidInputError } from '../../errors.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain the NUL character (\\u0000)';
  if (LONE_SURROGATE.test(text)) return 'must be well-formed Unicode: it holds a lone surrogate';
  return null;
}

function findUnstorableText(value: unknown, pointer: string, found: FieldError[]): void {
  if (found.length >= 100) return;
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) found.push({ pointer, detail: problem });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => findUnstorableText(item, `${pointer}/${i}`, found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const escaped = key.replace(/~/g, '~0').replace(/\//g, '~1');
      const problem = textProblem(key);
      if (problem) found.push({ pointer: `${pointer}/${escaped}`, detail: `a field name ${problem}` });
      findUnstorableText(item, `${pointer}/${escaped}`, found);
    }
  }
}

async function textSafety(app: FastifyInstance): Promise<void> {
  app.addHook('preValidation', async (request) => {
    const found: FieldError[] = [];
    findUnstorableText(request.body, '', found);
    if (found.length > 0) throw new InvalidInputError(found);
  });
}

export const rejectNulText = fp(textSafety, { name: 'saydo-text-safety' });
