// The coordinator's procedure years: once the 2025-2026 school year is over (1 August 2026) the
// coordinator creates 2026-2027 from the proposal (the demo calendar on the same weekdays one
// year on), which becomes the current procedure year; the next one must wait until its school
// year is over. Then the coordinator moves the publication of the result, and a publication
// before the placement is refused at its field.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { launch, newPage } from '../lib/browser.mjs';
import { assertAccessible } from '../lib/axe.mjs';
import { unexpected } from '../lib/parent.mjs';

/** After the demo procedure's school year (2025-2026) ended on 1 August 2026. */
const AFTER_SCHOOL_YEAR = '2026-12-07T10:00:00+01:00';

let server;
let browser;

before(async () => {
  server = await startServer({ clock: AFTER_SCHOOL_YEAR });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function coordinatorSignIn(page) {
  const coordinator = server.account('coordinator');
  await page.goto(`${server.url}/inloggen/school`);
  await page.getByTestId('staff-signin-email').fill(coordinator.username);
  await page.getByTestId('staff-signin-password').fill(coordinator.password);
  await page.getByTestId('staff-signin-submit').click();
  await page.waitForURL(/\/coordinator$/);
}

function row(page, schoolYear) {
  return page.getByTestId(`procedure-row-${schoolYear}`);
}

function field(page, name) {
  return page.getByTestId(`field-${name}`);
}

/** Saves the open form and waits for the success message with `text`. */
async function save(page, text) {
  await page.getByTestId('save-procedure').click();
  await page.getByTestId('procedure-saved').filter({ hasText: text }).waitFor();
  await page.getByTestId('procedure-form').waitFor({ state: 'detached' });
}

test('a coordinator plans the next procedure year and moves its moments', async () => {
  const page = await newPage(browser);
  await coordinatorSignIn(page);
  await page.getByTestId('nav-coordinator-procedures').click();
  await page.waitForURL(/\/coordinator\/procedures$/);

  // The demo procedure is the current one; all its phases have begun, so nothing can change.
  const demo = row(page, '2025-2026');
  await demo.waitFor();
  assert.equal(await demo.getAttribute('data-current'), 'true');
  await demo.getByTestId('procedure-current').waitFor();
  assert.equal(await demo.locator('[data-phase=registration]').count(), 1);
  assert.match(await demo.innerText(), /25 maart 2026/);
  assert.equal(await page.getByTestId('edit-procedure-2025-2026').count(), 0);
  assert.equal(await page.getByTestId('new-procedure').isDisabled(), false);
  await assertAccessible(page, 'procedure years');

  // The proposal: the demo calendar on the same weekdays, one year on.
  await page.getByTestId('new-procedure').click();
  const form = page.getByTestId('procedure-form');
  await form.waitFor();
  assert.equal(await field(page, 'school_year').inputValue(), '2026-2027');
  assert.equal(await field(page, 'registration_opens_at').inputValue(), '2027-03-24T00:00');
  assert.equal(await field(page, 'login_dispatch_opens_at').inputValue(), '2027-03-16T00:00');
  assert.equal(await field(page, 'publication_at').inputValue(), '2027-04-14T16:00');
  assert.match(await page.getByTestId('procedure-copied-from').innerText(), /2025-2026/);
  // The demo calendar has a second round, so the proposal has one too.
  assert.ok(await field(page, 'round2').isChecked());
  await field(page, 'round2_opens_at').waitFor();
  assert.equal(await field(page, 'registration_opens_at').isDisabled(), false);
  await assertAccessible(page, 'new procedure year');

  await save(page, 'aangemaakt');
  const next = row(page, '2026-2027');
  await next.waitFor();
  assert.equal(await next.getAttribute('data-current'), 'true');
  await next.getByTestId('procedure-current').waitFor();
  assert.equal(await row(page, '2025-2026').getAttribute('data-current'), 'false');
  // Another one must wait until the 2026-2027 school year is over.
  assert.ok(await page.getByTestId('new-procedure').isDisabled());
  assert.match(await page.getByTestId('new-procedure-from').innerText(), /augustus 2027/);

  // The result is published two hours later.
  await page.getByTestId('edit-procedure-2026-2027').click();
  await form.waitFor();
  assert.equal(await field(page, 'publication_at').inputValue(), '2027-04-14T16:00');
  assert.equal(await field(page, 'school_year').count(), 0, 'the school year stays');
  assert.equal(await field(page, 'publication_at').isDisabled(), false);
  await field(page, 'publication_at').fill('2027-04-14T18:00');
  await save(page, 'opgeslagen');
  await page.getByTestId('edit-procedure-2026-2027').click();
  await form.waitFor();
  assert.equal(await field(page, 'publication_at').inputValue(), '2027-04-14T18:00');

  // A publication before the placement (7 April 00:00) is refused at its field.
  await field(page, 'publication_at').fill('2027-04-06T16:00');
  await page.getByTestId('save-procedure').click();
  const problem = page.locator('#procedure-publication_at-error');
  await problem.waitFor();
  assert.match(await problem.innerText(), /volgorde/);
  const input = field(page, 'publication_at');
  assert.equal(await input.getAttribute('aria-invalid'), 'true');
  assert.match(await input.getAttribute('aria-describedby'), /procedure-publication_at-error/);
  await page.getByTestId('procedure-error').waitFor();
  assert.equal(await page.getByTestId('procedure-saved').count(), 0, 'no success after a refusal');
  await assertAccessible(page, 'procedure year, publication out of order');

  // Nothing changed.
  await page.getByTestId('cancel-procedure').click();
  await form.waitFor({ state: 'detached' });
  await page.reload();
  await row(page, '2026-2027').waitFor();
  await page.getByTestId('edit-procedure-2026-2027').click();
  await form.waitFor();
  assert.equal(await field(page, 'publication_at').inputValue(), '2027-04-14T18:00');

  // The refusal this journey provoked (the publication out of order) was shown.
  assert.deepEqual(unexpected(page.errors, 422), []);
});
