// The status board: static pages (../../board/) that read the public /v1 API from the browser, like any other
// client, and uPlot for the charts, served from its package. No build step: the pages are plain ES modules.
// Everything here is public; the pages send the reader's key to /v1 themselves when reads need one.
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The pages: ../../board from src/http (tsx) and from dist/http (the compiled server) alike. */
const BOARD_DIR = fileURLToPath(new URL('../../board/', import.meta.url));
const UPLOT_DIR = dirname(createRequire(import.meta.url).resolve('uplot'));

/**
 * Scripts, styles and data come from this origin only, and no page may frame the board: text from the API is
 * set as text, and this keeps an injected tag from running even if a page ever got that wrong.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export async function boardRoutes(app: FastifyInstance): Promise<void> {
  app.addHook('onRoute', (route) => {
    route.config = { ...route.config, scope: 'public' };
  });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
  });
  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/board/'));
  app.get('/board', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/board/'));
  await app.register(fastifyStatic, {
    root: BOARD_DIR,
    prefix: '/board/',
    decorateReply: false,
    index: ['index.html'],
    redirect: true,
    // Revalidated on every load (ETag), so a deploy shows at once.
    cacheControl: true,
    maxAge: 0,
  });
  await app.register(fastifyStatic, {
    root: UPLOT_DIR,
    prefix: '/board/vendor/uplot/',
    decorateReply: false,
    allowedPath: (path) => path === '/uPlot.iife.min.js' || path === '/uPlot.min.css',
    maxAge: 0,
  });
}
