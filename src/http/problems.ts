// The one place where errors become HTTP: RFC 9457 problem details, with a pointer to each bad field.
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  BusyError,
  ConflictError,
  type FieldError,
  InFlightError,
  InvalidInputError,
  NotFoundError,
  PreconditionFailedError,
  PreconditionRequiredError,
} from '../errors.js';
import { queryMisuse } from './plugins/strict-query.js';
import { REQUEST_ID_HEADER } from './request-id.js';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  /** The request's id (X-Request-Id), under which the server logged it. */
  requestId?: string;
}

const PROBLEM_BASE = 'https://saydo.dev/problems/';

/** A problem produced by HTTP machinery itself (rate limiting), already in its final shape. */
export class HttpProblemError extends Error {
  readonly statusCode: number;
  constructor(readonly problem: ProblemBody) {
    super(problem.detail ?? problem.title);
    this.statusCode = problem.status;
  }
}

export function problemBody(
  status: number,
  slug: string,
  title: string,
  detail: string,
  instance?: string,
): ProblemBody {
  return { type: PROBLEM_BASE + slug, title, status, detail, ...(instance ? { instance } : {}) };
}

/** Every problem names its request, so a caller can quote the id and an operator find its log lines. */
export function sendProblem(reply: FastifyReply, problem: ProblemBody): FastifyReply {
  const requestId = reply.request.id;
  return reply
    .code(problem.status)
    .header(REQUEST_ID_HEADER, requestId)
    .type('application/problem+json')
    .send({ ...problem, requestId });
}

/** What a 500 says: that it is the server's fault, and the id to report; never the error itself. */
export function internalProblem(requestId: string, instance?: string): ProblemBody {
  return problemBody(
    500,
    'internal',
    'Internal error',
    `The server failed to handle this request; this is not a fault in the request. The error is logged under ` +
      `request id ${requestId}: quote it to the operator. Retrying may succeed if the cause was passing.`,
    instance,
  );
}

/** fastify's own client errors, by code: the problem type and title each becomes. */
const CLIENT_ERRORS: Record<string, [string, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: ['body-too-large', 'Body too large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported-media-type', 'Unsupported media type'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['malformed-json', 'Malformed JSON'],
  FST_ERR_CTP_INVALID_JSON_BODY: ['malformed-json', 'Malformed JSON'],
};

/**
 * fastify's `frameworkErrors` option: errors met while routing, before any handler or hook, such as a path whose
 * percent-encoding is broken (/v1/statements/%E0%A4%A) or a path parameter longer than the router takes.
 */
export function sendFrameworkProblem(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const problem =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? problemBody(400, 'bad-url', 'Bad URL', 'A path segment is longer than any id: no resource has it.', request.url)
      : error.code === 'FST_ERR_BAD_URL'
        ? problemBody(400, 'bad-url', 'Bad URL', 'The path holds a malformed percent-encoding.', request.url)
        : internalProblem(request.id, request.url);
  if (problem.status >= 500) request.log.error({ err: error }, 'routing failed');
  void sendProblem(reply, problem);
}

/**
 * fastify's `clientErrorHandler` option: what Node's HTTP parser refuses before there is a request (a malformed
 * request line, headers too large, a request that took too long) gets a problem too, written to the socket.
 */
export function writeClientProblem(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, slug, detail] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'request-timeout', 'The request was not received in time.']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'headers-too-large', 'The request headers are larger than the server takes.']
        : [400, 'bad-request', 'The request is not well-formed HTTP.'];
  const title = STATUS_CODES[status] ?? 'Bad request';
  // No request was parsed, so no id was given or made: this refusal gets one of its own.
  const requestId = randomUUID();
  const body = JSON.stringify({ ...problemBody(status, slug, title, detail), requestId });
  // As Node itself does: write only if no response has started on this socket, then close it.
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (socket.writable && !inFlight?.headersSent) {
    socket.write(
      `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json\r\nX-Request-Id: ${requestId}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

function toProblem(error: FastifyError, request: FastifyRequest): ProblemBody {
  const instance = request.url;
  const cause: unknown = error;
  if (cause instanceof HttpProblemError) return { ...cause.problem, instance };
  if (cause instanceof NotFoundError) {
    return { type: PROBLEM_BASE + 'not-found', title: 'Not found', status: 404, detail: cause.message, instance };
  }
  if (cause instanceof InvalidInputError) {
    return {
      type: PROBLEM_BASE + 'validation',
      title: 'Invalid request',
      status: 422,
      detail: cause.message,
      instance,
      errors: cause.errors,
    };
  }
  if (cause instanceof PreconditionFailedError) {
    return {
      type: PROBLEM_BASE + 'precondition-failed',
      title: 'Precondition failed',
      status: 412,
      detail: cause.message,
      instance,
    };
  }
  if (cause instanceof PreconditionRequiredError) {
    return {
      type: PROBLEM_BASE + 'precondition-required',
      title: 'Precondition required',
      status: 428,
      detail: cause.message,
      instance,
    };
  }
  if (cause instanceof ConflictError) {
    return { type: PROBLEM_BASE + 'conflict', title: 'Conflict', status: 409, detail: cause.message, instance };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = error.validationContext ?? 'body';
    const misused = part === 'querystring' ? queryMisuse(error.validation, request.query) : [];
    if (misused.length > 0) {
      // Not a bad value but a request the operation does not take: an unknown name, or a name given twice.
      return {
        type: PROBLEM_BASE + 'unknown-parameter',
        title: 'Unknown or repeated query parameter',
        status: 400,
        detail: `This operation does not take these query parameters as given: ${misused.map((e) => e.parameter).join(', ')}.`,
        instance,
        errors: misused,
      };
    }
    const errors = error.validation.map((v): FieldError =>
      part === 'body'
        ? { pointer: v.instancePath === '/' ? '' : v.instancePath, detail: v.message ?? 'is invalid' }
        : { parameter: v.instancePath.replace(/^\//, '').split('/')[0] ?? '', detail: v.message ?? 'is invalid' },
    );
    return {
      type: PROBLEM_BASE + 'validation',
      title: 'Invalid request',
      status: 422,
      detail: `The request ${part} has ${errors.length} invalid field${errors.length === 1 ? '' : 's'}.`,
      instance,
      errors,
    };
  }
  if (cause instanceof BusyError) {
    return { type: PROBLEM_BASE + 'busy', title: 'Busy', status: 503, detail: cause.message, instance };
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    // fastify's own client errors: malformed JSON, wrong content type, body too large.
    const [slug, title] = CLIENT_ERRORS[error.code] ?? ['bad-request', 'Bad request'];
    return { type: PROBLEM_BASE + slug, title, status, detail: error.message, instance };
  }
  return internalProblem(request.id, instance);
}

/** Seconds after which a retry may succeed, for the failures that pass by themselves. */
function retryAfterSeconds(error: unknown): number | null {
  if (error instanceof InFlightError || error instanceof BusyError) return error.retryAfterSeconds;
  return null;
}

export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error, request);
    const retryAfter = retryAfterSeconds(error);
    if (retryAfter !== null) reply.header('retry-after', String(retryAfter));
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, problem);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, {
      type: PROBLEM_BASE + 'not-found',
      title: 'Not found',
      status: 404,
      detail: `No route ${request.method} ${request.url.split('?')[0] ?? ''}`,
      instance: request.url,
    }),
  );
}
