import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

describe('configuration', () => {
  it('allows 60 parses a minute per caller unless PARSE_RATE_LIMIT_PER_MINUTE says otherwise', () => {
    expect(loadConfig({}).parseRateLimitPerMinute).toBe(60);
    expect(loadConfig({ PARSE_RATE_LIMIT_PER_MINUTE: '5' }).parseRateLimitPerMinute).toBe(5);
    expect(() => loadConfig({ PARSE_RATE_LIMIT_PER_MINUTE: '0' })).toThrow(/PARSE_RATE_LIMIT_PER_MINUTE/);
  });
});
