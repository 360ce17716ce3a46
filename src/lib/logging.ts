// Logs for machines and for people: JSON lines by default (what a log shipper parses), pretty coloured lines
// through pino-pretty when a person is watching (stdout is a terminal) or LOG_PRETTY=true says so.
import type { FastifyServerOptions } from 'fastify';

/** LOG_PRETTY decides when set; otherwise a terminal gets pretty lines and anything else (a pipe, a file) JSON. */
export function wantsPrettyLogs(setting: boolean | null, stdoutIsTerminal: boolean): boolean {
  return setting ?? stdoutIsTerminal;
}

export interface LogOptions {
  level: string;
  pretty?: boolean;
  /** Where JSON lines go (default stdout); tests pass a stream to read them. */
  stream?: NodeJS.WritableStream;
}

export function loggerOptions({ level, pretty = false, stream }: LogOptions): FastifyServerOptions['logger'] {
  if (pretty) {
    return {
      level,
      transport: {
        target: 'pino-pretty',
        // The request id leads each request's lines, so a person can follow one request by eye.
        options: { colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname', messageKey: 'msg' },
      },
    };
  }
  return stream ? { level, stream } : { level };
}
