// The audit log, read in the browser: the coordinator finds a new board by its kind of action
// and downloads the log as CSV; a board admin sees what happened at the board's schools (a
// teacher's sign-in) and not the region's own changes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startServer } from '../lib/server.mjs';
import { launch, newPage } from '../lib/browser.mjs';
import { assertAccessible } from '../lib/axe.mjs';
import { unexpected } from '../lib/parent.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(page, account, home) {
  await page.goto(`${server.url}/inloggen/school`);
  await page.getByTestId('staff-signin-email').fill(account.username);
  await page.getByTestId('staff-signin-password').fill(account.password);
  await page.getByTestId('staff-signin-submit').click();
  await page.waitForURL(home);
}

async function apiToken(account) {
  const answer = await server.api('/api/v1/auth/staff/sign-in', {
    method: 'POST',
    body: { email: account.username, password: account.password },
  });
  return answer.body.access_token;
}

test('the coordinator filters the region\'s log and downloads it; a board admin sees its schools\' entries only', async () => {
  const coordinator = server.account('coordinator');
  const created = await server.api('/api/v1/region/boards', {
    method: 'POST',
    token: await apiToken(coordinator),
    body: { name: 'Stichting Auditproef' },
  });
  assert.equal(created.status, 201);
  // The teacher of a school of the demo board admin's board signs in.
  await apiToken(server.account('po_staff', 0));

  const page = await newPage(browser);
  await signIn(page, coordinator, /\/coordinator$/);
  await page.getByTestId('nav-coordinator-audit-log').click();
  await page.waitForURL(/\/coordinator\/auditlog$/);
  await page.getByTestId('audit-log-table').waitFor();
  await assertAccessible(page, 'audit log');

  await page.getByTestId('audit-filter-action').selectOption('board');
  await page.getByTestId('audit-filter-submit').click();
  const boardRows = page.locator('[data-testid=audit-log-row]');
  await page.locator('[data-testid=audit-log-row][data-action="board.created"]').waitFor();
  const actions = await boardRows.evaluateAll((rows) => rows.map((r) => r.dataset.action));
  assert.ok(actions.length >= 1 && actions.every((a) => a.startsWith('board.')), actions.join());
  assert.match(await boardRows.first().innerText(), /Coördinator Amstelland/);

  // A malformed ELK number is refused at its field.
  await page.getByTestId('audit-filter-elk').fill('12');
  await page.getByTestId('audit-filter-submit').click();
  await page.locator('#audit-elk-error').waitFor();
  await assertAccessible(page, 'audit log, filter refused');
  await page.getByTestId('audit-filter-elk').fill('');
  await page.getByTestId('audit-filter-submit').click();
  await page.locator('[data-testid=audit-log-row][data-action="board.created"]').waitFor();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('audit-export').click(),
  ]);
  const csv = await readFile(await download.path(), 'utf8');
  const lines = csv.trim().split(/\r\n/);
  assert.match(lines[0], /occurred_at,actor_role,actor_id,actor_name,action/);
  assert.ok(lines.slice(1).every((line) => line.includes(',board.')), csv);
  assert.ok(lines.length >= 2, csv);

  // The board admin: the teacher's sign-in at one of its schools, not the region's new board.
  const admin = await newPage(browser);
  await signIn(admin, server.account('board_admin'), /\/bestuur$/);
  await admin.getByTestId('nav-board-audit-log').click();
  await admin.waitForURL(/\/bestuur\/auditlog$/);
  await admin.locator('[data-testid=audit-log-row][data-action="auth.sign_in"]').first().waitFor();
  assert.match(await admin.getByTestId('audit-log-table').innerText(), /Juf Annemiek/);
  assert.equal(await admin.locator('[data-testid=audit-log-row][data-action="board.created"]').count(), 0);
  await assertAccessible(admin, 'audit log, board admin');
  // The refused ELK number was shown at its field.
  assert.deepEqual(unexpected(page.errors, 422), []);
  assert.deepEqual(admin.errors, []);
});
