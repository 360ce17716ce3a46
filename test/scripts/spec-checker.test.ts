import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { SpecViolation, createSpecChecker } from '../support/spec.js';

const check = createSpecChecker();

function response(statusCode: number, body: unknown, contentType = 'application/json'): LightMyRequestResponse {
  const text = body === undefined ? '' : JSON.stringify(body);
  return { statusCode, body: text, headers: { 'content-type': contentType } } as unknown as LightMyRequestResponse;
}

const company = {
  id: 'alibaba',
  name: 'Alibaba Group',
  tickers: ['BABA'],
  currency: 'CNY',
  fiscalYearEndMonth: 3,
  fiscalCalendar: { type: 'month-end', yearEndMonth: 3 },
  reportingLagDays: 60,
  createdAt: '2026-11-21T13:00:00.000Z',
};

describe('the shared spec checker', () => {
  it('accepts a response the spec describes', () => {
    expect(() => check({ method: 'GET', url: '/v1/companies/alibaba' }, response(200, company))).not.toThrow();
  });

  it('fails a field the spec does not declare', () => {
    expect(() =>
      check({ method: 'GET', url: '/v1/companies/alibaba' }, response(200, { ...company, secret: 1 })),
    ).toThrow(SpecViolation);
  });

  it('fails a missing required field and a wrong type', () => {
    const { name: _name, ...nameless } = company;
    expect(() => check({ method: 'GET', url: '/v1/companies/alibaba' }, response(200, nameless))).toThrow(
      SpecViolation,
    );
    expect(() =>
      check({ method: 'GET', url: '/v1/companies/alibaba' }, response(200, { ...company, tickers: 'BABA' })),
    ).toThrow(SpecViolation);
  });

  it('fails a status code the operation does not list', () => {
    expect(() =>
      check({ method: 'GET', url: '/v1/companies/alibaba' }, response(500, { type: 'x', title: 'x', status: 500 })),
    ).toThrow(/lists no 500/);
  });

  it('checks problem bodies too, and prefers literal paths over templates', () => {
    const problem = { type: 'https://saydo.dev/problems/validation', title: 'Invalid request', status: 422 };
    expect(() =>
      check({ method: 'POST', url: '/v1/statements/parse' }, response(422, problem, 'application/problem+json')),
    ).not.toThrow();
    expect(() =>
      check(
        { method: 'POST', url: '/v1/statements/parse' },
        response(422, { ...problem, extra: true }, 'application/problem+json'),
      ),
    ).toThrow(SpecViolation);
  });

  it('leaves alone paths the spec does not describe', () => {
    expect(() => check({ method: 'GET', url: '/docs' }, response(200, 'html', 'text/html'))).not.toThrow();
  });
});
