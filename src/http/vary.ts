// Vary is a list several plugins add to (Accept for CSV, Authorization for keyed answers, Accept-Encoding for
// compression): each adds its field to what is there, never replacing it.
import type { FastifyReply } from 'fastify';

/** Add a request header's name to the answer's Vary, once, keeping what other parts of the app put there. */
export function addVary(reply: FastifyReply, field: string): void {
  const current = reply.getHeader('vary');
  const fields = (Array.isArray(current) ? current.join(',') : String(current ?? ''))
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '');
  if (fields.includes('*') || fields.some((f) => f.toLowerCase() === field.toLowerCase())) return;
  reply.header('vary', [...fields, field].join(', '));
}
