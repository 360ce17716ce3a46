// Finds a PostgreSQL server for the HTTP tests, once per run, and migrates a template database on it that
// every test file clones into a database of its own (so files run in parallel without seeing each other).
// Order: TEST_DATABASE_URL; else a testcontainers PostgreSQL when a container runtime answers; else embedded.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connect } from '../../src/db/client.js';
import { startEmbeddedPostgres } from '../../src/db/embedded.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { freePort } from './ports.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A URL for a database on the test server from which new databases can be created. */
    adminUrl: string;
    /** A migrated database to clone with CREATE DATABASE ... TEMPLATE. */
    templateDatabase: string;
  }
}

async function containerServer(): Promise<{ url: string; stop: () => Promise<void> } | null> {
  const { getContainerRuntimeClient } = await import('testcontainers');
  try {
    await getContainerRuntimeClient();
  } catch {
    return null;
  }
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const container = await new PostgreSqlContainer('postgres:15-alpine').start();
  return { url: container.getConnectionUri(), stop: async () => void (await container.stop()) };
}

async function embeddedServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'saydo-test-pg-'));
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'postgres' });
  return {
    url: server.urlFor('postgres'),
    stop: async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = process.env.TEST_DATABASE_URL
    ? { url: process.env.TEST_DATABASE_URL, stop: async () => undefined }
    : ((await containerServer()) ?? (await embeddedServer()));

  const template = `saydo_template_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`create database ${template}`);
  const templateUrl = new URL(server.url);
  templateUrl.pathname = `/${template}`;
  const handle = connect(templateUrl.toString(), { max: 1 });
  await migrateDatabase(handle.pool);
  await handle.close();

  project.provide('adminUrl', server.url);
  project.provide('templateDatabase', template);

  return async () => {
    await admin.query(`drop database if exists ${template} with (force)`);
    await admin.end();
    await server.stop();
  };
}
