# syntax=docker/dockerfile:1
# saydo: compile in one stage, run the compiled service with production dependencies only.
#   docker build -t saydo .  &&  docker run -e DATABASE_URL=postgres://... -p 3000:3000 saydo
# (docker-compose.yml runs it beside PostgreSQL.) Node 26 is the Active LTS line (since 2026-10-28); the
# project itself runs on Node 20.19 and later.

FROM node:26-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# tsc needs no install script; skipping them avoids building the test tools' native add-ons (ssh2,
# cpu-features), which need a compiler the slim image lacks.
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:26-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# Production dependencies only: no tsx or test tools (devDependencies), and no embedded PostgreSQL (optional,
# for `npm start` on a developer's machine): the image always runs against DATABASE_URL.
RUN npm ci --omit=dev --omit=optional --ignore-scripts && npm cache clean --force

FROM node:26-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
# package.json: "type": "module" makes dist/*.js ES modules, the OpenAPI document reads its version, and its
# *:dist scripts (keys:dist, demo:dist) run the compiled commands.
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# dist/db/migrate.js resolves '../../migrations', i.e. /app/migrations: the server migrates on start.
COPY migrations ./migrations
# dist/http/board.js serves the board's pages from '../../board', i.e. /app/board.
COPY board ./board
USER node
EXPOSE 3000
# Ready, not only alive: /readyz answers 503 while the database does not. Node has fetch, so no curl.
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Exec form: node is PID 1 and gets SIGTERM itself, which close-with-grace turns into a graceful shutdown.
CMD ["node", "dist/server.js"]
