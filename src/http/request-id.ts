// Request ids: a caller's own X-Request-Id is kept, so one id follows a request through a proxy, saydo and the
// caller's logs; anything that could forge log lines or bloat them (odd characters, more than 128 of them) is
// replaced by a fresh UUID. The id is echoed in X-Request-Id, labelled `requestId` in every log line and in every
// problem body.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Letters, digits and the separators ids use (UUIDs, ULIDs, trace ids, "svc:42.7"); nothing a log could misread. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:@+=/-]{1,128}$/;

export function isSaneRequestId(value: string): boolean {
  return SANE_REQUEST_ID.test(value);
}

/** fastify's `genReqId`: the caller's id when sane, else a new one. */
export function requestIdOf(request: Pick<IncomingMessage, 'headers'>): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && isSaneRequestId(given) ? given : randomUUID();
}
