// The OpenAPI document is generated from the routes' zod schemas: the spec cannot drift from the code.
import { readFileSync } from 'node:fs';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
  description: string;
};

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'saydo', version: pkg.version, description: pkg.description },
      servers: [{ url: 'http://localhost:3000', description: 'npm start' }],
      tags: [
        { name: 'companies', description: 'Companies and their fiscal calendars.' },
        { name: 'metrics', description: 'What companies report.' },
        { name: 'statements', description: 'Guidance statements, their revisions and evaluations.' },
        { name: 'actuals', description: 'Reported figures: append-only, with restatements and retractions.' },
        { name: 'scorecards', description: 'Credibility as of a knowledge time.' },
        { name: 'health', description: 'Liveness and readiness.' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
