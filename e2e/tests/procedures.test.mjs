// The coordinator's procedure years: once the 2025-2026 school year is over (1 August 2026) the
// coordinator creates 2026-2027 from the proposal (the demo calendar on the same weekdays one
// year on), which becomes the current procedure year; the next one must wait until its school
// year is over. Then the coordinator moves the publication of the result, and a publication
// before the placement is refused at its field. A primary school then reads its pupils of the
// earlier year, 2025-2026, which it can no longer change.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { launch, newPage } from '../lib/browser.mjs';
import { assertAccessible } from '../lib/axe.mjs';
import { staffToken, unexpected } from '../lib/parent.mjs';

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

/** The region's procedure years, creating 2026-2027 from the proposal when this test runs alone. */
async function yearsWithNext() {
  const token = await staffToken(server, server.account('coordinator'));
  const listed = async () => {
    const list = await server.api('/api/v1/procedures', { token });
    assert.equal(list.status, 200, JSON.stringify(list.body));
    return list.body.procedures;
  };
  let procedures = await listed();
  if (!procedures.some((p) => p.school_year === '2026-2027')) {
    const proposal = await server.api('/api/v1/procedures/proposal', { token });
    assert.equal(proposal.status, 200, JSON.stringify(proposal.body));
    assert.equal(proposal.body.school_year, '2026-2027');
    const body = { school_year: proposal.body.school_year, calendar: proposal.body.calendar };
    const created = await server.api('/api/v1/procedures', { method: 'POST', token, body });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    procedures = await listed();
  }
  const byYear = (year) => procedures.find((p) => p.school_year === year);
  return { current: byYear('2026-2027'), earlier: byYear('2025-2026') };
}

test('a primary school reads its pupils of the earlier procedure year, which it cannot change', async () => {
  const { current, earlier } = await yearsWithNext();
  assert.ok(current.is_current);
  assert.equal(earlier.is_current, false);

  const teacher = server.account('po_staff', 0);
  const page = await newPage(browser);
  await page.goto(`${server.url}/inloggen/school`);
  await page.getByTestId('staff-signin-email').fill(teacher.username);
  await page.getByTestId('staff-signin-password').fill(teacher.password);
  await page.getByTestId('staff-signin-submit').click();
  await page.waitForURL(/\/po$/);

  // The new year has no pupils yet; the choice shows it as the current one.
  await page.getByTestId('pupils-empty').waitFor();
  const year = page.getByTestId('procedure-year');
  await year.waitFor();
  assert.equal(await year.inputValue(), current.id);
  assert.match(await year.locator('option:checked').innerText(), /2026-2027 \(huidig\)/);
  assert.equal(await page.getByLabel('Schooljaar').count(), 1);
  assert.equal(await page.getByTestId('earlier-year-notice').count(), 0);
  await page.getByTestId('bulk-send-login').waitFor();

  // The earlier year: its pupils, read only.
  await year.selectOption({ label: '2025-2026' });
  await page.waitForURL((url) => url.searchParams.get('jaar') === earlier.id);
  const rows = page.getByTestId('pupil-row');
  await rows.first().waitFor();
  const notice = page.getByTestId('earlier-year-notice');
  await notice.waitFor();
  assert.equal(await notice.getAttribute('role'), 'status');
  assert.match(await notice.innerText(), /2025-2026/);
  assert.equal(await page.getByTestId('bulk-send-login').count(), 0);
  assert.equal(await page.getByTestId('bulk-send-login-all').count(), 0);
  assert.equal(await page.getByTestId('nav-new-pupil').count(), 0);
  assert.equal(await page.getByTestId('nav-import').count(), 0);
  // The row menu keeps the paper form only.
  await rows.first().getByTestId('row-menu-button').click();
  await page.getByTestId('paper-form-action').waitFor();
  assert.equal(await page.getByTestId('send-login-action').count(), 0);
  assert.equal(await page.getByTestId('edit-pupil-action').count(), 0);
  await page.keyboard.press('Escape');
  await page.getByTestId('paper-form-action').waitFor({ state: 'detached' });
  await assertAccessible(page, 'pupils of an earlier procedure year');

  // The year is in the URL: a reload keeps it.
  await page.reload();
  await rows.first().waitFor();
  await notice.waitFor();
  assert.equal(await year.inputValue(), earlier.id);
  assert.equal(await page.getByTestId('bulk-send-login').count(), 0);

  // The status board of that year sends no reminders.
  await page.goto(`${server.url}/po/overzicht?jaar=${earlier.id}`);
  await page.getByTestId('board-pupil').first().waitFor();
  await notice.waitFor();
  assert.equal(await year.inputValue(), earlier.id);
  assert.equal(await page.getByTestId('send-reminders').count(), 0);
  await assertAccessible(page, 'status board of an earlier procedure year');

  assert.deepEqual(unexpected(page.errors), []);
});
