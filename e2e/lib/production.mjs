// Runs the real binary as an operator would in production: a fresh PostgreSQL database,
// `overstap migrate`, `overstap admin create-region`, then `overstap serve` with
// OVERSTAP_ENV=production (its own secret, the real clock, two-step sign-in, no demo data) and
// the real SMTP sink of scripts/test.sh. `stop()` ends the server and drops the database.
import { spawn, execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { serverBinary } from './server.mjs';
import { smtpSink } from './mail.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);

/** The PostgreSQL server the API suites use too (trust authentication). */
function postgresUrl() {
  return (process.env.OVERSTAP_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/+$/, '');
}

async function psql(sql) {
  await run('psql', [`${postgresUrl()}/postgres`, '-v', 'ON_ERROR_STOP=1', '-q', '-c', sql]);
}

function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

/**
 * The environment of every command: only the settings production needs, none inherited from
 * the shell (a demo clock or demo data there would be refused, and must not leak in).
 */
function productionEnv({ database, port, smtpUrl }) {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) =>
      !name.startsWith('OVERSTAP_') && !['DATABASE_URL', 'SMTP_URL', 'RUST_LOG'].includes(name)),
  );
  const url = `http://127.0.0.1:${port}`;
  return {
    ...inherited,
    OVERSTAP_ENV: 'production',
    OVERSTAP_JWT_SECRET: randomBytes(32).toString('base64url'),
    DATABASE_URL: `${postgresUrl()}/${database}`,
    OVERSTAP_BIND: `127.0.0.1:${port}`,
    // Links in e-mails lead here.
    OVERSTAP_PUBLIC_URL: url,
    OVERSTAP_SPA_DIR: join(root, 'frontend', 'dist'),
    SMTP_URL: smtpUrl,
    OVERSTAP_WORKERS: '2',
    OVERSTAP_SHUTDOWN_TIMEOUT_SECONDS: '5',
    RUST_LOG: 'warn',
  };
}

/**
 * Creates the database, migrates it, creates the region and its first coordinator (whose
 * invitation is e-mailed at once), and serves. Returns the server, the commands' output and
 * `stop()`, which also runs when starting fails half-way.
 */
export async function startProduction({ regionName, coordinatorEmail, coordinatorName }) {
  const { url: smtpUrl } = smtpSink();
  const database = `overstap_e2e_${randomBytes(6).toString('hex')}`;
  const port = await freePort();
  const env = productionEnv({ database, port, smtpUrl });
  const binary = serverBinary();
  const url = `http://127.0.0.1:${port}`;
  let child;
  let created = false;

  const stop = async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    if (created) {
      created = false;
      await psql(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    }
  };

  try {
    await psql(`CREATE DATABASE "${database}"`);
    created = true;
    const migrated = await run(binary, ['migrate'], { env });
    const region = await run(binary, [
      'admin', 'create-region',
      '--name', regionName,
      '--coordinator-email', coordinatorEmail,
      '--coordinator-name', coordinatorName,
    ], { env });
    child = spawn(binary, ['serve'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
    await ready(child, url);
    return {
      url,
      database,
      output: { migrate: migrated.stdout, createRegion: region.stdout },
      stop,
    };
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
}

/** Waits until the server answers `/readyz` (its database is reachable). */
async function ready(child, url) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.ok) return;
    } catch { /* not listening yet */ }
    if (child.exitCode !== null) throw new Error(`overstap serve exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('overstap serve did not become ready in 30 s');
    await new Promise((r) => setTimeout(r, 100));
  }
}
