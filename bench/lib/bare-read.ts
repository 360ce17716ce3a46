// The floor under an uncached read over HTTP: a bare fastify app whose one route, `GET /statements/:id`, sends the
// bench's bare primary-key SELECT through a pg pool of 10 and answers the row as JSON, with no authentication,
// validation, cache, ETag or scoring. It is started exactly as the service is (bench/lib/server.ts), so beside the
// bare SELECT measured from the bench process it shows what HTTP alone takes from that ceiling: the most any
// uncached HTTP read that goes to the database could reach on this machine.
import Fastify from 'fastify';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const app = Fastify({ logger: false });
app.get('/', async () => ({ ready: true }));
app.get<{ Params: { id: string } }>('/statements/:id', async (request, reply) => {
  const { rows } = await pool.query('select * from statements where id = $1', [request.params.id]);
  const [row] = rows as unknown[];
  return row === undefined ? reply.code(404).send({ id: request.params.id }) : row;
});

const close = () => {
  void app
    .close()
    .then(() => pool.end())
    .finally(() => process.exit(0));
};
process.once('SIGTERM', close);
process.once('SIGINT', close);

await app.listen({ host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 3000) });
