import { Problem } from './common.js';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed request (for example, a body that is not JSON).',
  401: 'Missing or unknown API key.',
  403: 'The API key lacks the needed scope.',
  404: 'No such resource.',
  409: 'Conflicts with the current state.',
  413: 'Request body too large.',
  422: 'Invalid fields; each is named by a JSON pointer or parameter.',
  429: 'Too many requests.',
};

/** Documented error responses, each an RFC 9457 problem detail. */
export function problemResponses<const C extends readonly number[]>(...codes: C) {
  const entries = codes.map((code) => [
    code,
    {
      description: DESCRIPTIONS[code] ?? 'Error.',
      content: { 'application/problem+json': { schema: Problem } },
    },
  ]);
  return Object.fromEntries(entries) as Record<C[number], { description: string; content: { 'application/problem+json': { schema: typeof Problem } } }>;
}
