// The hello-world ceiling: the least a fastify server can do per request, `GET /` answering a tiny JSON. It is
// started exactly as the service is (node --import tsx, its own process, HOST and PORT from the environment,
// logging off as the service's warn level effectively is under load), so the read targets, stated as shares of
// its req/s, compare the service with the framework it is built on, on the same machine, in the same run.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));

const close = () => {
  void app.close().finally(() => process.exit(0));
};
process.once('SIGTERM', close);
process.once('SIGINT', close);

await app.listen({ host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 3000) });
