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

/** A value still to look at, linked to where it sits: the pointer is only built for a problem. */
interface Pending {
  value: unknown;
  key: string | number | null;
  parent: Pending | null;
}

function pointerOf(node: Pending): string {
  const tokens: string[] = [];
  for (let at: Pending | null = node; at !== null && at.key !== null; at = at.parent) tokens.push(escapeToken(at.key));
  return tokens
    .reverse()
    .map((t) => `/${t}`)
    .join('');
}

/**
 * Walk the body with an explicit stack, not recursion: however deep a body is nested, the walk cannot overflow
 * the call stack (the JSON parser refuses absurd depths up front; this does not rely on it).
 */
function findUnstorableText(body: unknown): FieldError[] {
  const found: FieldError[] = [];
  const stack: Pending[] = [{ value: body, key: null, parent: null }];
  for (let node = stack.pop(); node !== undefined && found.length < 100; node = stack.pop()) {
    const { value, key } = node;
    if (typeof key === 'string') {
      const problem = textProblem(key);
      if (problem) found.push({ pointer: pointerOf(node), detail: `a field name ${problem}` });
    }
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) found.push({ pointer: pointerOf(node), detail: problem });
    } else if (Array.isArray(value)) {
      // Pushed last first, so the problems come out in document order.
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key: i, parent: node });
    } else if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i] ?? '';
        stack.push({ value: (value as Record<string, unknown>)[k], key: k, parent: node });
      }
    }
  }
  return found;
}

async function textSafety(app: FastifyInstance): Promise<void> {
  app.addHook('preValidation', async (request) => {
    const found = findUnstorableText(request.body);
    if (found.length > 0) throw new InvalidInputError(found);
  });
}

export const rejectNulText = fp(textSafety, { name: 'saydo-text-safety' });
