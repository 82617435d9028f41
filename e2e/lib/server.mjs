// Starts the real server (built binary + built SPA) on a free port with a fresh SQLite
// database filled with the demo region, and a clock fixed inside the registration week.
// `restart({ clock })` runs it again on the same database and port with another fixed clock.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');

export function serverBinary() {
  const targetDir = process.env.CARGO_TARGET_DIR ?? join(root, 'target');
  const binary = process.env.OVERSTAP_BIN ?? join(targetDir, 'debug', 'overstap');
  if (!existsSync(binary)) throw new Error(`server binary not found at ${binary}: build it first`);
  return binary;
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

export async function startServer({ clock = '2026-03-26T10:00:00+01:00', env: extra = {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'overstap-e2e-'));
  const port = await freePort();
  let env = {
    ...process.env,
    DATABASE_URL: `sqlite://${join(dir, 'e2e.db')}?mode=rwc`,
    OVERSTAP_BIND: `127.0.0.1:${port}`,
    // Production is the server's default; the demo data and the fixed clock need development.
    OVERSTAP_ENV: 'development',
    OVERSTAP_SPA_DIR: join(root, 'frontend', 'dist'),
    OVERSTAP_CLOCK_FIXED: clock,
    OVERSTAP_WORKERS: '2',
    // Journeys sign the same demo accounts in many times within a minute.
    OVERSTAP_SIGN_IN_PER_ACCOUNT_PER_MINUTE: '100',
    RUST_LOG: 'warn',
    // The real SMTP sink of scripts/test.sh, when it runs; without it mail stays in the outbox.
    ...(process.env.OVERSTAP_TEST_SMTP_URL ? { SMTP_URL: process.env.OVERSTAP_TEST_SMTP_URL } : {}),
    ...extra,
  };
  const binary = serverBinary();
  const seeded = execFileSync(binary, ['seed-demo', '--json'], { env, encoding: 'utf8' });
  const demo = JSON.parse(seeded.trim().split('\n').pop());
  const url = `http://127.0.0.1:${port}`;
  let child = await serve(binary, env, url);
  const stopChild = async () => {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r() : child.on('exit', r)));
  };
  const account = (role, index = 0) => demo.accounts.filter((a) => a.role === role)[index];
  return {
    url,
    demo,
    account,
    async api(path, { token, method = 'GET', body, headers = {} } = {}) {
      const response = await fetch(url + path, {
        method,
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      return { status: response.status, body: await response.json().catch(() => null) };
    },
    /** Stops the server and starts it again on the same database with `clock`. */
    async restart({ clock: next }) {
      await stopChild();
      env = { ...env, OVERSTAP_CLOCK_FIXED: next };
      child = await serve(binary, env, url);
    },
    async stop() {
      await stopChild();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Spawns `overstap serve` and waits until it answers `/readyz`. */
async function serve(binary, env, url) {
  const child = spawn(binary, ['serve'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.ok) return child;
    } catch { /* not listening yet */ }
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('server did not become ready in 30 s');
    await new Promise((r) => setTimeout(r, 100));
  }
}
