// Failures a client can act on, raised by the service and store layers. They know nothing of HTTP:
// src/http/problems.ts is the one place that turns them into status codes and problem details.

export interface FieldError {
  /** JSON Pointer (RFC 6901) into the request body. */
  pointer?: string;
  /** A query or path parameter. */
  parameter?: string;
  detail: string;
}

export class NotFoundError extends Error {
  constructor(
    readonly what: string,
    readonly id: string,
  ) {
    super(`${what} '${id}' does not exist`);
  }
}

export class InvalidInputError extends Error {
  constructor(
    readonly errors: FieldError[],
    detail = `The request has ${errors.length} invalid field${errors.length === 1 ? '' : 's'}.`,
  ) {
    super(detail);
  }
}

export class ConflictError extends Error {}

/** A request with the same Idempotency-Key is still being written (409): worth retrying in a moment. */
export class InFlightError extends ConflictError {
  readonly retryAfterSeconds = 1;
}

/** The rows a write needs stayed locked by other writes past the session's lock_timeout (503): retry shortly. */
export class BusyError extends Error {
  readonly retryAfterSeconds = 2;
}

/** If-Match named a version that is no longer current (412). */
export class PreconditionFailedError extends Error {}

/** The update needs If-Match and the request had none (428). */
export class PreconditionRequiredError extends Error {}
