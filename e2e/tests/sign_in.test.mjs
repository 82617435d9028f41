// Journeys of the foundation: each role signs in through the SPA and sees its own data only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { launch, newPage } from '../lib/browser.mjs';

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

async function staffSignIn(page, account) {
  await page.goto(`${server.url}/inloggen/school`);
  await page.getByTestId('staff-signin-email').fill(account.username);
  await page.getByTestId('staff-signin-password').fill(account.password);
  await page.getByTestId('staff-signin-submit').click();
}

test('a PO staff member signs in and sees the pupils of their own school only', async () => {
  const page = await newPage(browser);
  const teacher = server.account('po_staff', 0);
  await staffSignIn(page, teacher);
  await page.waitForURL(/\/po$/);
  const rows = page.getByTestId('pupil-row');
  await rows.first().waitFor();

  // What the API says this teacher's school has, and a pupil of another school.
  const token = (await server.api('/api/v1/auth/staff/sign-in', { method: 'POST', body: { email: teacher.username, password: teacher.password } })).body.access_token;
  const own = (await server.api('/api/v1/school/pupils', { token })).body.pupils;
  const other = server.account('po_staff', 1);
  const otherToken = (await server.api('/api/v1/auth/staff/sign-in', { method: 'POST', body: { email: other.username, password: other.password } })).body.access_token;
  const foreign = (await server.api('/api/v1/school/pupils', { token: otherToken })).body.pupils;

  assert.equal(await rows.count(), own.length);
  const table = await page.getByTestId('pupil-table').innerText();
  for (const pupil of own.slice(0, 5)) assert.ok(table.includes(pupil.elk_number), `own pupil ${pupil.elk_number} shown`);
  for (const pupil of foreign) assert.ok(!table.includes(pupil.elk_number), `foreign pupil ${pupil.elk_number} not shown`);
  assert.deepEqual(page.errors, []);
});

test('a parent signs in with the ELK number and sees their child\'s name', async () => {
  const page = await newPage(browser, { viewport: { width: 360, height: 740 } });
  const parent = server.account('parent');
  await page.goto(`${server.url}/`);
  await page.getByTestId('landing-parent').click();
  await page.waitForURL(/\/inloggen\/ouder$/);
  await page.getByTestId('parent-signin-elk').fill(parent.username);
  await page.getByTestId('parent-signin-password').fill(parent.password);
  await page.getByTestId('parent-signin-submit').click();
  await page.waitForURL(/\/ouder$/);
  const name = page.getByTestId('child-name');
  await name.waitFor();
  const firstName = parent.note.match(/parent of (\S+)/)[1];
  assert.match(await name.innerText(), new RegExp(firstName));
  assert.deepEqual(page.errors, []);
});

test('a wrong password shows the error without leaving the sign-in page', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}/inloggen/ouder`);
  await page.getByTestId('parent-signin-elk').fill(server.account('parent').username);
  await page.getByTestId('parent-signin-password').fill('definitely-wrong');
  await page.getByTestId('parent-signin-submit').click();
  const alert = page.getByTestId('signin-error');
  await alert.waitFor();
  assert.equal(await alert.getAttribute('role'), 'alert');
  assert.match(page.url(), /\/inloggen\/ouder$/);
  // The 401 in the console is the expected answer, not a failure of the page.
  assert.deepEqual(page.errors.filter((e) => !e.includes('401')), []);
});

test('every role lands on its own home page', async () => {
  for (const [role, path] of [['vo_staff', '/vo'], ['board_admin', '/bestuur'], ['coordinator', '/coordinator']]) {
    const page = await newPage(browser);
    await staffSignIn(page, server.account(role));
    await page.waitForURL(new RegExp(`${path}$`));
    await page.getByTestId('home-title').waitFor();
    assert.deepEqual(page.errors, [], role);
    await page.context().close();
  }
});

test('the refresh token is an HttpOnly cookie: not in storage, not readable by scripts, and it renews a stale access token', async () => {
  const page = await newPage(browser);
  const teacher = server.account('po_staff', 0);
  await staffSignIn(page, teacher);
  await page.waitForURL(/\/po$/);
  await page.getByTestId('pupil-row').first().waitFor();

  const storage = await page.evaluate(() => JSON.stringify(window.localStorage));
  assert.ok(!storage.includes('refresh'), storage);
  assert.equal(await page.evaluate(() => document.cookie.includes('overstap_refresh')), false);
  const cookie = (await page.context().cookies()).find((c) => c.name === 'overstap_refresh');
  assert.ok(cookie, 'the browser holds the refresh cookie');
  assert.equal(cookie.httpOnly, true);
  assert.equal(cookie.secure, true);
  assert.equal(cookie.sameSite, 'Strict');
  assert.equal(cookie.path, '/api/v1/auth');

  // A stale access token: the first request is refused, the cookie renews the session, and the
  // page loads as if nothing happened.
  await page.evaluate(() => window.localStorage.setItem('overstap.access_token', 'stale'));
  await page.reload();
  await page.getByTestId('pupil-row').first().waitFor();
  const renewed = await page.evaluate(() => window.localStorage.getItem('overstap.access_token'));
  assert.ok(renewed && renewed !== 'stale');
  const next = (await page.context().cookies()).find((c) => c.name === 'overstap_refresh');
  assert.notEqual(next.value, cookie.value, 'the refresh rotated the cookie');
  // Only the expected 401 of the stale token may show in the console.
  assert.deepEqual(page.errors.filter((e) => !e.includes('401')), []);
});
