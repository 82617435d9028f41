// Safe by default in the browser: pages run under the server's Content-Security-Policy without
// a violation, and every page links to the privacy statement.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startServer } from '../lib/server.mjs';
import { launch, newPage } from '../lib/browser.mjs';
import { assertAccessible } from '../lib/axe.mjs';

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

test('the landing page runs under the CSP and links to the privacy statement', async () => {
  const page = await newPage(browser);
  const violations = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  const response = await page.goto(`${server.url}/`);
  const policy = response.headers()['content-security-policy'] ?? '';
  assert.match(policy, /frame-ancestors 'none'/);
  assert.match(policy, /'wasm-unsafe-eval'/);
  assert.doesNotMatch(policy, /unsafe-inline/);
  await page.getByTestId('privacy-link').click();
  await page.getByTestId('privacy-statement').waitFor();
  assert.equal(new URL(page.url()).pathname, '/privacy');
  assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /Privacyverklaring/);
  await assertAccessible(page, 'privacy statement');
  assert.deepEqual(violations, []);
  assert.deepEqual(page.errors, []);
});

test('a teacher on the staff bundle works under the CSP and sees the privacy link', async () => {
  const page = await newPage(browser);
  const violations = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  await page.goto(`${server.url}/inloggen/school`);
  const teacher = server.account('po_staff', 0);
  await page.getByTestId('staff-signin-email').fill(teacher.username);
  await page.getByTestId('staff-signin-password').fill(teacher.password);
  await page.getByTestId('staff-signin-submit').click();
  await page.waitForURL(/\/po/);
  await page.getByTestId('privacy-link').waitFor();
  assert.deepEqual(violations, []);
  assert.deepEqual(page.errors, []);
});

test('a parent downloads everything held about their child from the privacy page', async () => {
  const page = await newPage(browser, { viewport: { width: 360, height: 740 } });
  const parent = server.account('parent');
  await page.goto(`${server.url}/inloggen/ouder`);
  await page.getByTestId('parent-signin-elk').fill(parent.username);
  await page.getByTestId('parent-signin-password').fill(parent.password);
  await page.getByTestId('parent-signin-submit').click();
  await page.waitForURL(/\/ouder$/);
  await page.getByTestId('privacy-link').click();
  await page.getByTestId('privacy-statement').waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('data-export').click(),
  ]);
  const text = await readFile(await download.path(), 'utf8');
  const exported = JSON.parse(text);
  assert.equal(exported.data.pupil.elk_number, parent.username.replace(/\D/g, ''));
  assert.doesNotMatch(text, /password_hash|token_hash/);
  await assertAccessible(page, 'privacy statement, signed in');
  assert.deepEqual(page.errors, []);
});

test('the coordinator looks a pupil up by ELK number and erases it on request', async () => {
  const teacher = server.account('po_staff', 0);
  const staffToken = (await server.api('/api/v1/auth/staff/sign-in', { method: 'POST', body: { email: teacher.username, password: teacher.password } })).body.access_token;
  const pupils = (await server.api('/api/v1/school/pupils', { token: staffToken })).body.pupils;
  const pupil = pupils[pupils.length - 1];

  const page = await newPage(browser);
  const coordinator = server.account('coordinator');
  await page.goto(`${server.url}/inloggen/school`);
  await page.getByTestId('staff-signin-email').fill(coordinator.username);
  await page.getByTestId('staff-signin-password').fill(coordinator.password);
  await page.getByTestId('staff-signin-submit').click();
  await page.waitForURL(/\/coordinator$/);

  // A mistyped number finds nobody.
  await page.getByTestId('erase-elk').fill('1234567890');
  await page.getByTestId('erase-find').click();
  await page.getByTestId('erase-not-found').waitFor();

  await page.getByTestId('erase-elk').fill(pupil.elk_number);
  await page.getByTestId('erase-find').click();
  const found = await page.getByTestId('erase-found').innerText();
  assert.ok(found.includes(pupil.last_name) && found.includes(pupil.elk_number), found);
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByTestId('erase-button').click();
  await page.getByTestId('erase-done').waitFor();

  const after = await server.api(`/api/v1/school/pupils/${pupil.id}`, { token: staffToken });
  assert.equal(after.status, 404, 'the pupil is gone');
  await assertAccessible(page, 'coordinator home with the erase form');
  assert.deepEqual(page.errors.filter((e) => !e.includes('404')), []);
});
