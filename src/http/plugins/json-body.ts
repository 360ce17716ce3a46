// Request bodies are UTF-8 JSON, parsed by fastify's own parser (which refuses __proto__ and constructor
// poisoning), then held to two rules JSON.parse cannot see:
// - depth: no request nests deeper than about 6 levels, so a body nested deeper than MAX_DEPTH is refused before
//   any recursive walk (validation, text checks) meets it;
// - exact numbers: a number literal a double cannot hold exactly (12345678901234567890.123, 0.1000000000000000000001,
//   9007199254740993) would be silently rounded by JSON.parse, so it is refused with a pointer to it and the advice
//   to send it as a string, which decimal fields take digit for digit.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { type FieldError, InvalidInputError } from '../../errors.js';
import { HttpProblemError, problemBody } from '../problems.js';

/** Far deeper than any request (about 6 levels), far shallower than what would strain a recursive walk. */
export const MAX_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The index of the quote that closes the string opening at `open`. */
function closingQuote(text: string, open: number): number {
  for (let at = text.indexOf('"', open + 1); at !== -1; at = text.indexOf('"', at + 1)) {
    let slashes = 0;
    while (text.charCodeAt(at - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return at;
  }
  return text.length;
}

const isNumberChar = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d || c === 0x2b || c === 0x65 || c === 0x45;

const DECIMAL = /^-?(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** A decimal's value as digits and exponent, with no leading or trailing zeros, so equal values compare equal. */
function canonical(text: string): string {
  const m = DECIMAL.exec(text);
  if (!m) return text;
  const fraction = m[2] ?? '';
  let digits = ((m[1] ?? '') + fraction).replace(/^0+/, '');
  if (digits === '') return '0';
  let exponent = Number(m[3] ?? '0') - fraction.length;
  const trimmed = digits.replace(/0+$/, '');
  exponent += digits.length - trimmed.length;
  digits = trimmed;
  return `${text.startsWith('-') ? '-' : ''}${digits}e${exponent}`;
}

/**
 * Whether JSON.parse keeps this literal's value: the double it becomes, written in its shortest form (the form the
 * decimal fields read a number from), must be the same number. Up to 15 significant digits always are.
 */
function isExact(literal: string): boolean {
  let digits = 0;
  for (let i = 0; i < literal.length; i++) {
    const c = literal.charCodeAt(i);
    if (c === 0x65 || c === 0x45) return sameAsDouble(literal);
    if (c >= 0x30 && c <= 0x39) digits++;
  }
  return digits <= 15 || sameAsDouble(literal);
}

function sameAsDouble(literal: string): boolean {
  const value = Number(literal);
  return Number.isFinite(value) && canonical(String(value)) === canonical(literal);
}

interface Frame {
  /** The array index, or the object key once read (null before). */
  key: string | number | null;
  isArray: boolean;
}

/** Whether a parsed body nests deeper than max, found with an explicit stack so depth cannot overflow the walk. */
function nestsDeeperThan(body: unknown, max: number): boolean {
  const values: unknown[] = [body];
  const depths: number[] = [0];
  for (let value = values.pop(); value !== undefined; value = values.pop()) {
    const depth = depths.pop() ?? 0;
    if (value === null || typeof value !== 'object') continue;
    if (depth + 1 > max) return true;
    const children = Array.isArray(value) ? (value as unknown[]) : Object.values(value);
    for (const child of children) {
      if (child !== null && typeof child === 'object') {
        values.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}

/**
 * A literal can only be inexact with 16 or more significant digits, or an exponent of three digits (beyond the
 * range of a double, or in its subnormal tail): most bodies have neither, and skip the scan below.
 */
const MAYBE_INEXACT = /\d[\d.]{15}|\d[eE][-+]?\d{3}/;

/** Every number literal in text (which JSON.parse has accepted) that a double does not hold exactly, by pointer. */
function findInexactNumbers(text: string): FieldError[] {
  const inexact: FieldError[] = [];
  const frames: Frame[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length && inexact.length < 100; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = closingQuote(text, i);
      const top = frames[frames.length - 1];
      if (expectKey && top) top.key = JSON.parse(text.slice(i, end + 1)) as string;
      expectKey = false;
      i = end;
    } else if (c === 0x7b || c === 0x5b) {
      expectKey = c === 0x7b;
      frames.push({ key: c === 0x7b ? null : 0, isArray: c === 0x5b });
    } else if (c === 0x7d || c === 0x5d) {
      frames.pop();
    } else if (c === 0x2c) {
      const top = frames[frames.length - 1];
      if (top?.isArray && typeof top.key === 'number') top.key++;
      expectKey = top !== undefined && !top.isArray;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      let end = i + 1;
      while (end < text.length && isNumberChar(text.charCodeAt(end))) end++;
      const literal = text.slice(i, end);
      if (!isExact(literal)) {
        const read = Number(literal);
        const pointer = frames.map((f) => `/${String(f.key).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
        inexact.push({
          pointer,
          detail: Number.isFinite(read)
            ? `the number ${literal} cannot be held exactly (it would be read as ${String(read)}): send it as a string, "${literal}", to keep every digit`
            : `the number ${literal} is out of range: send it as a string, "${literal}"`,
        });
      }
      i = end - 1;
    }
  }
  return inexact;
}

const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)"?/i;

async function jsonBody(app: FastifyInstance): Promise<void> {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  // Nothing takes plain text: without this, fastify would hand a text body to the schema as a string.
  app.removeContentTypeParser('text/plain');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string' },
    (request: FastifyRequest, text: string, done: (err: Error | null, body?: unknown) => void) => {
      const charset = CHARSET.exec(request.headers['content-type'] ?? '')?.[1]?.toLowerCase();
      if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
        done(
          new HttpProblemError(
            problemBody(415, 'unsupported-media-type', 'Unsupported media type', `Send JSON in UTF-8, not ${charset}.`),
          ),
        );
        return;
      }
      parseJson(request, text, (error: Error | null, body?: unknown) => {
        if (error) return done(error);
        if (nestsDeeperThan(body, MAX_DEPTH)) {
          return done(
            new HttpProblemError(
              problemBody(
                400,
                'too-deep',
                'Body nested too deeply',
                `The body is nested deeper than ${MAX_DEPTH} levels.`,
              ),
            ),
          );
        }
        const inexact = MAYBE_INEXACT.test(text) ? findInexactNumbers(text) : [];
        if (inexact.length > 0) return done(new InvalidInputError(inexact));
        done(null, body);
      });
    },
  );
}

export const jsonBodies = fp(jsonBody, { name: 'saydo-json-body' });
