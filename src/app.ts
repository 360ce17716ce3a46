// buildApp(deps) -> FastifyInstance. Everything is registered explicitly, so startup reads top to bottom.
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DatabaseHandle } from './db/client.js';
import { registerOpenApi } from './http/openapi.js';
import { registerProblemHandlers } from './http/problems.js';
import { actualRoutes } from './http/routes/actuals.js';
import { companyRoutes } from './http/routes/companies.js';
import { healthRoutes } from './http/routes/health.js';
import { metricRoutes } from './http/routes/metrics.js';
import { statementRoutes } from './http/routes/statements.js';
import { createServices } from './http/services.js';

export interface AppDeps {
  database: DatabaseHandle;
  logLevel?: string;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: deps.logLevel ?? 'silent' },
    bodyLimit: 10 * 1024 * 1024,
    requestTimeout: 30_000,
    // Query strings like ?asOf=2026-08-15 are parsed by the zod schemas, never coerced by Ajv.
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app);

  await registerOpenApi(app);

  const services = createServices(deps.database.db);
  await app.register(healthRoutes, { pool: deps.database.pool });
  await app.register(
    async (v1) => {
      await v1.register(companyRoutes, { services });
      await v1.register(metricRoutes, { services });
      await v1.register(statementRoutes, { services });
      await v1.register(actualRoutes, { services });
    },
    { prefix: '/v1' },
  );
  await app.ready();
  return app;
}
