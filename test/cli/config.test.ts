import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

describe('configuration', () => {
  it('allows 60 parses a minute per caller unless PARSE_RATE_LIMIT_PER_MINUTE says otherwise', () => {
    expect(loadConfig({}).parseRateLimitPerMinute).toBe(60);
    expect(loadConfig({ PARSE_RATE_LIMIT_PER_MINUTE: '5' }).parseRateLimitPerMinute).toBe(5);
    expect(() => loadConfig({ PARSE_RATE_LIMIT_PER_MINUTE: '0' })).toThrow(/PARSE_RATE_LIMIT_PER_MINUTE/);
  });

  it('lets 30 failed keys a minute through to the key check per address unless FAILED_KEYS_PER_MINUTE says otherwise', () => {
    expect(loadConfig({}).failedKeysPerMinute).toBe(30);
    expect(loadConfig({ FAILED_KEYS_PER_MINUTE: '7' }).failedKeysPerMinute).toBe(7);
    expect(() => loadConfig({ FAILED_KEYS_PER_MINUTE: '0' })).toThrow(/FAILED_KEYS_PER_MINUTE/);
  });

  it('allows webhooks to no host unless WEBHOOK_ALLOWED_HOSTS lists it', () => {
    expect(loadConfig({}).webhookAllowedHosts).toEqual([]);
    expect(loadConfig({ WEBHOOK_ALLOWED_HOSTS: 'Hooks.Example.com, 127.0.0.1:8080' }).webhookAllowedHosts).toEqual([
      'hooks.example.com',
      '127.0.0.1:8080',
    ]);
    expect(() => loadConfig({ WEBHOOK_ALLOWED_HOSTS: 'https://hooks.example.com/x' })).toThrow(/WEBHOOK_ALLOWED_HOSTS/);
  });

  it('lets no other origin call the API from a browser unless CORS_ORIGINS lists it', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://dash.example.com, http://127.0.0.1:8080' }).corsOrigins).toEqual([
      'https://dash.example.com',
      'http://127.0.0.1:8080',
    ]);
    expect(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins).toEqual(['*']);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://dash.example.com/' })).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ CORS_ORIGINS: 'dash.example.com' })).toThrow(/CORS_ORIGINS/);
  });
});
