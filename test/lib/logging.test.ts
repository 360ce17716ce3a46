// When logs are JSON lines and when pretty ones: a machine reads a pipe, a person a terminal, LOG_PRETTY overrides.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { loggerOptions, wantsPrettyLogs } from '../../src/lib/logging.js';

describe('which logs the server writes', () => {
  it.for([
    [null, true, true],
    [null, false, false],
    [true, false, true],
    [true, true, true],
    [false, true, false],
    [false, false, false],
  ] as const)('LOG_PRETTY %s with a terminal %s: pretty %s', ([setting, terminal, pretty]) => {
    expect(wantsPrettyLogs(setting, terminal)).toBe(pretty);
  });

  it('reads LOG_PRETTY as true, false or unset, and refuses anything else', () => {
    expect(loadConfig({}).logPretty).toBeNull();
    expect(loadConfig({ LOG_PRETTY: 'true' }).logPretty).toBe(true);
    expect(loadConfig({ LOG_PRETTY: 'false' }).logPretty).toBe(false);
    expect(() => loadConfig({ LOG_PRETTY: 'yes' })).toThrow(/LOG_PRETTY/);
  });

  it('sends pretty logs through pino-pretty and JSON ones straight to the stream', () => {
    expect(loggerOptions({ level: 'info', pretty: true })).toMatchObject({
      level: 'info',
      transport: { target: 'pino-pretty' },
    });
    const json = loggerOptions({ level: 'warn', pretty: false });
    expect(json).toEqual({ level: 'warn' });
  });
});
