// PostgreSQL text cannot hold the NUL character or a lone UTF-16 surrogate (it has no UTF-8 form); JSON strings
// can. Refuse such bodies up front with a 422 that points at each offending string, for every route at once,
// instead of failing inside a query.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { type FieldError, InvalidInputError } from '../../errors.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** What any problem needs: a NUL or a surrogate. Most strings have neither and are passed after this one test. */
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const SUSPECT = /[\u0000\uD800-\uDFFF]/;

function textProblem(text: string): string | null {
  if (!SUSPECT.test(text)) return null;
  if (text.includes('\u0000')) return 'must not contain the NUL character (\\u0000)';
  if (LONE_SURROGATE.test(text)) return 'must be well-formed Unicode: it holds a lone surrogate';
  return null;
}

const escapeToken = (token: string | number): string =>
  typeof token === 'number' ? String(token) : token.replace(/~/g, '~0').replace(/\//g, '~1');

/** The JSON pointer of a path; only built for a problem, so a clean body costs no strings. */
const pointerOf = (path: (string | number)[]): string => path.map((t) => `/${escapeToken(t)}`).join('');

function findUnstorableText(value: unknown, path: (string | number)[], found: FieldError[]): void {
  if (found.length >= 100) return;
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) found.push({ pointer: pointerOf(path), detail: problem });
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      findUnstorableText(value[i], path, found);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      path.push(key);
      const problem = textProblem(key);
      if (problem) found.push({ pointer: pointerOf(path), detail: `a field name ${problem}` });
      findUnstorableText((value as Record<string, unknown>)[key], path, found);
      path.pop();
    }
  }
}

async function textSafety(app: FastifyInstance): Promise<void> {
  app.addHook('preValidation', async (request) => {
    const found: FieldError[] = [];
    findUnstorableText(request.body, [], found);
    if (found.length > 0) throw new InvalidInputError(found);
  });
}

export const rejectNulText = fp(textSafety, { name: 'saydo-text-safety' });
