// Two-step sign-in: on a server that requires it (as production always does), the coordinator
// is taken from the password to setting up an authenticator app, confirms a first code, keeps
// the recovery codes, and from then on signs in with a second step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { startServer } from '../lib/server.mjs';
import { launch, newPage } from '../lib/browser.mjs';
import { assertAccessible } from '../lib/axe.mjs';
import { unexpected } from '../lib/parent.mjs';

const CLOCK = '2026-03-26T10:00:00+01:00';
let server;
let browser;

before(async () => {
  server = await startServer({ clock: CLOCK, env: { OVERSTAP_TWO_STEP_REQUIRED: 'true' } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** RFC 6238 (HMAC-SHA-1, 6 digits, 30 s) computed here, independently of the server. */
function oneTimePassword(base32, at) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of base32.replace(/=+$/, '')) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at.getTime() / 1000 / 30)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, '0');
}

test('the RFC 6238 helper of this test matches the RFC test vector', () => {
  // Appendix B: secret "12345678901234567890", T = 59 s → 94287082 (8 digits; we use 6).
  assert.equal(oneTimePassword('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', new Date(59_000)), '287082');
});

test('a coordinator sets up two-step sign-in before anything else, then signs in with a recovery code', async () => {
  const page = await newPage(browser);
  const coordinator = server.account('coordinator');
  await page.goto(`${server.url}/inloggen/school`);
  await page.getByTestId('staff-signin-email').fill(coordinator.username);
  await page.getByTestId('staff-signin-password').fill(coordinator.password);
  await page.getByTestId('staff-signin-submit').click();

  // The password is right, but the coordinator's home is out of reach until the app is set up.
  await page.waitForURL(/\/inloggen\/school\/tweestaps$/);
  await page.getByTestId('two-step-state').waitFor();
  await assertAccessible(page, 'two-step sign-in, off');
  await page.getByTestId('two-step-start').click();
  const secret = (await page.getByTestId('two-step-secret').innerText()).trim();
  assert.match(secret, /^[A-Z2-7]{32}$/);
  assert.ok(await page.locator('img.qr-code').getAttribute('src').then((src) => src.startsWith('data:image/svg+xml')));
  await assertAccessible(page, 'two-step sign-in, scanning');

  // A wrong code is refused at the field; the code the app shows turns it on.
  await page.getByTestId('two-step-first-code').fill('000000x');
  await page.getByTestId('two-step-confirm').click();
  await page.locator('#first-code-error').waitFor();
  await page.getByTestId('two-step-first-code').fill(oneTimePassword(secret, new Date(CLOCK)));
  await page.getByTestId('two-step-confirm').click();
  const codes = page.getByTestId('recovery-codes').locator('li');
  await codes.first().waitFor();
  assert.equal(await codes.count(), 10);
  const recovery = (await codes.nth(0).innerText()).trim();
  assert.match(recovery, /^[a-z2-9]{5}-[a-z2-9]{5}$/);
  await assertAccessible(page, 'two-step sign-in, recovery codes');
  await page.getByTestId('two-step-codes-saved').click();
  await page.waitForURL(/\/coordinator$/);
  await page.getByTestId('home-title').waitFor();
  // The header names the coordinator now that the server answers `/me`.
  await page.getByTestId('signed-in-name').filter({ hasText: /\S/ }).waitFor();

  // Signed out and in again: after the password the code is asked for. The server's clock is
  // fixed in this journey, so the app's code of this moment was used already: a recovery code.
  // Signing out ends the session on the server first, then lands on the welcome page.
  await page.getByTestId('sign-out').click();
  await page.getByTestId('signed-out-notice').waitFor();
  await page.goto(`${server.url}/inloggen/school`);
  await page.getByTestId('staff-signin-email').fill(coordinator.username);
  await page.getByTestId('staff-signin-password').fill(coordinator.password);
  await page.getByTestId('staff-signin-submit').click();
  await page.getByTestId('staff-signin-code').waitFor();
  await assertAccessible(page, 'sign-in asking for the code');
  await page.getByTestId('staff-signin-code').fill(oneTimePassword(secret, new Date(CLOCK)));
  await page.getByTestId('staff-signin-submit').click();
  await page.getByTestId('signin-error').waitFor();
  assert.match(await page.getByTestId('signin-error').innerText(), /code/i);
  await page.getByTestId('staff-signin-toggle-recovery').click();
  await page.getByTestId('staff-signin-recovery').fill(recovery.toUpperCase());
  await page.getByTestId('staff-signin-submit').click();
  await page.waitForURL(/\/coordinator$/);
  await page.getByTestId('home-title').waitFor();

  // The settings show it on, with one recovery code fewer, and no way to turn it off.
  await page.getByTestId('two-step-link').click();
  await page.waitForURL(/\/inloggen\/school\/tweestaps$/);
  assert.match(await page.getByTestId('two-step-codes-left').innerText(), /9/);
  assert.equal(await page.getByTestId('two-step-disable').count(), 0);
  // The refusals of this journey (set-up required, the wrong first code, the used code) are
  // answers the page showed; nothing else went wrong.
  assert.deepEqual(unexpected(page.errors, 401, 403, 422), []);
});

test('a teacher is not asked to set it up and signs in with the password alone', async () => {
  const page = await newPage(browser);
  const teacher = server.account('po_staff', 0);
  await page.goto(`${server.url}/inloggen/school`);
  await page.getByTestId('staff-signin-email').fill(teacher.username);
  await page.getByTestId('staff-signin-password').fill(teacher.password);
  await page.getByTestId('staff-signin-submit').click();
  await page.waitForURL(/\/po$/);
  await page.getByTestId('pupil-row').first().waitFor();
  assert.deepEqual(page.errors, []);
});
