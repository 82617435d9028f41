// The paper route in the primary school's workspace, during the login dispatch before the
// registration week: a teacher records that a wit pupil has a VSO advice and takes the paper
// route; the list shows a "Papier" badge and the status board counts the pupil under paper
// instead of wit. Marking the form handed in without the school is refused at the school's
// field; with "De Bascule" it is saved. Sending the login to a selection with the pupil skips
// the pupil and says why; "send to everyone still wit" passes the pupil by, who stays wit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { launch, newPage } from '../lib/browser.mjs';
import { assertAccessible } from '../lib/axe.mjs';
import { staffToken, unexpected } from '../lib/parent.mjs';

/** In the demo calendar's login dispatch (from 17 March), before the registration week (25 March). */
const IN_LOGIN_DISPATCH = '2026-03-20T10:00:00+01:00';
const TODAY = '2026-03-20';
const SCHOOL = 'De Bascule';

let server;
let browser;

before(async () => {
  server = await startServer({ clock: IN_LOGIN_DISPATCH });
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
  await page.waitForURL(/\/po$/);
}

/** Waits until the element with `testid` shows text, and returns it. */
async function shownText(page, testid) {
  await page.waitForFunction(
    (id) => (document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '').trim() !== '',
    testid,
  );
  return (await page.getByTestId(testid).innerText()).trim();
}

/** The response to the request `action` makes to the API path ending in `suffix`. */
async function answerTo(page, method, suffix, action) {
  const response = page.waitForResponse(
    (r) => r.request().method() === method && new URL(r.url()).pathname.endsWith(suffix),
  );
  await action();
  return response;
}

/** The school's counts on the status board, read from the page. */
async function boardCounts(page) {
  await page.getByTestId('nav-board').click();
  await page.waitForURL(/\/po\/overzicht$/);
  await page.getByTestId('board-counts').waitFor();
  const number = async (testid) => Number((await page.getByTestId(testid).innerText()).trim());
  return {
    wit: await number('board-count-wit'),
    paper: await number('board-count-paper'),
    total: await number('board-count-total'),
  };
}

/** The paper-route count in a class's row of the counts table (after the five statuses). */
async function classPaperCount(page, className) {
  const row = page.locator(`[data-testid=board-class-counts][data-class="${className}"]`);
  return row.evaluate((tr) => Number(tr.querySelectorAll('td')[5].textContent.trim()));
}

test('a wit pupil on the paper route gets a badge, counts under paper and gets no parent login', async () => {
  const teacher = server.account('po_staff', 0);
  const token = await staffToken(server, teacher);
  const wit = (await server.api('/api/v1/school/pupils?status=wit', { token })).body.pupils;
  // Not one of the twins: the journey is about this one pupil.
  const pupil = wit.find((p) => !p.twin_pupil_id && !p.paper_route);
  assert.ok(pupil, 'a wit pupil without a paper route');

  const page = await newPage(browser);
  page.on('dialog', (dialog) => dialog.accept());
  await staffSignIn(page, teacher);
  const before = await boardCounts(page);
  const classBefore = await classPaperCount(page, pupil.class_name);

  // The pupil's page, through the menu behind the pupil in the list.
  await page.getByTestId('nav-pupils').click();
  await page.waitForURL(/\/po$/);
  const row = page.locator(`[data-testid=pupil-row][data-pupil-id="${pupil.id}"]`);
  await row.waitFor();
  assert.equal(await row.getByTestId('paper-badge').count(), 0, 'no badge yet');
  await row.getByTestId('row-menu-button').click();
  await page.getByTestId('edit-pupil-action').click();
  await page.waitForURL(new RegExp(`/po/leerling/${pupil.id}$`));

  // No route yet: the choice, the printable form, and no hand-in fields.
  await page.getByTestId('paper-route-section').waitFor();
  const reason = page.getByTestId('paper-route-reason');
  assert.equal(await reason.inputValue(), '');
  const options = await reason.locator('option').evaluateAll((os) => os.map((o) => o.value));
  assert.deepEqual(options, ['', 'pro', 'vso', 'parent']);
  assert.equal(
    await page.getByTestId('paper-route-print').getAttribute('href'),
    `/po/leerling/${pupil.id}/formulier`,
  );
  assert.equal(await page.getByTestId('paper-handed-in-on').count(), 0);

  // VSO advice, not handed in yet.
  await reason.selectOption('vso');
  await page.getByTestId('paper-handed-in-on').waitFor();
  await assertAccessible(page, 'pupil page with the paper route');
  const recorded = await answerTo(page, 'PUT', `/school/pupils/${pupil.id}/paper-route`, () =>
    page.getByTestId('save-paper-route').click());
  assert.equal(recorded.status(), 200);
  const saved = page.getByTestId('paper-route-saved');
  assert.match(await shownText(page, 'paper-route-saved'), /papieren route is opgeslagen/);
  assert.equal(await saved.getAttribute('role'), 'status');
  let stored = (await server.api(`/api/v1/school/pupils/${pupil.id}`, { token })).body;
  assert.deepEqual(stored.paper_route, { reason: 'vso' });
  assert.equal(stored.status, 'wit');

  // The list: a badge beside the name.
  await page.getByTestId('nav-pupils').click();
  await page.waitForURL(/\/po$/);
  await row.getByTestId('paper-badge').waitFor();
  assert.match(await row.getByTestId('paper-badge').innerText(), /Papier/);
  await assertAccessible(page, 'pupil list with a paper badge');

  // The status board: one more under paper, one fewer wit, the same number of pupils; the
  // pupil shows the badge instead of a dot.
  const afterRoute = await boardCounts(page);
  assert.deepEqual(afterRoute, { wit: before.wit - 1, paper: before.paper + 1, total: before.total });
  assert.equal(await classPaperCount(page, pupil.class_name), classBefore + 1);
  const onBoard = page.locator(`[data-testid=board-pupil][data-elk-number="${pupil.elk_number}"]`);
  await onBoard.getByTestId('paper-marker').waitFor();
  assert.equal(await onBoard.getByTestId('status-dot').count(), 0);
  assert.equal(await onBoard.getByTestId('select-pupil').count(), 0, 'no reminder for paper');
  await assertAccessible(page, 'status board with a paper-route pupil');

  // Handed in today: without the school the server refuses it at the school's field.
  await page.goto(`${server.url}/po/leerling/${pupil.id}`);
  await page.getByTestId('paper-route-section').waitFor();
  assert.equal(await page.getByTestId('paper-route-reason').inputValue(), 'vso');
  await page.getByTestId('paper-handed-in-on').fill(TODAY);
  const refused = await answerTo(page, 'PUT', `/school/pupils/${pupil.id}/paper-route`, () =>
    page.getByTestId('save-paper-route').click());
  assert.equal(refused.status(), 422);
  const school = page.getByTestId('paper-handed-in-to');
  await page.locator('#paper-handed-in-to-error').waitFor();
  assert.equal(await school.getAttribute('aria-invalid'), 'true');
  assert.match(await school.getAttribute('aria-describedby'), /paper-handed-in-to-error/);
  assert.equal(await page.getByTestId('paper-route-error').getAttribute('role'), 'alert');
  await assertAccessible(page, 'paper route with a field error');

  await school.fill(SCHOOL);
  const handedIn = await answerTo(page, 'PUT', `/school/pupils/${pupil.id}/paper-route`, () =>
    page.getByTestId('save-paper-route').click());
  assert.equal(handedIn.status(), 200);
  assert.match(await shownText(page, 'paper-route-saved'), /papieren route is opgeslagen/);
  assert.equal(await page.locator('#paper-handed-in-to-error').count(), 0);
  stored = (await server.api(`/api/v1/school/pupils/${pupil.id}`, { token })).body;
  assert.deepEqual(stored.paper_route, { reason: 'vso', handed_in_on: TODAY, handed_in_to: SCHOOL });

  // A selection with the pupil: skipped, and the result says it is the paper route.
  await page.getByTestId('nav-pupils').click();
  await page.waitForURL(/\/po$/);
  await row.getByTestId('select-pupil').check();
  const selection = await answerTo(page, 'POST', '/school/pupils/send-login', () =>
    page.getByTestId('bulk-send-login').click());
  assert.equal(selection.status(), 200);
  const selectionOutcome = await selection.json();
  assert.deepEqual(selectionOutcome.done, []);
  assert.deepEqual(selectionOutcome.skipped, [{ pupil_id: pupil.id, code: 'paper_route' }]);
  assert.match(await shownText(page, 'bulk-result'), /1 leerling volgt de papieren route/);

  // Everyone still wit gets the login (the browser asks first; the dialog is accepted), except
  // the pupil on the paper route.
  const witBefore = (await server.api('/api/v1/school/pupils?status=wit', { token })).body.pupils;
  const sendAll = await answerTo(page, 'POST', '/school/pupils/send-login', () =>
    page.getByTestId('bulk-send-login-all').click());
  assert.equal(sendAll.status(), 200);
  const outcome = await sendAll.json();
  assert.ok(!outcome.done.includes(pupil.id), 'no login for the paper-route pupil');
  assert.equal(outcome.done.length, witBefore.length - 1, 'every other wit pupil got the login');
  await page.waitForFunction(
    (done) => (document.querySelector('[data-testid=bulk-result]')?.textContent ?? '').startsWith(`${done} verstuurd`),
    outcome.done.length,
  );

  // The list, reloaded after the send: another pupil turned blue, this one stayed wit.
  await page
    .locator(`[data-testid=pupil-row][data-pupil-id="${outcome.done[0]}"] [data-testid=status-dot][data-status=blauw]`)
    .waitFor();
  assert.equal(await row.locator('[data-testid=status-dot][data-status=wit]').count(), 1);
  await row.getByTestId('paper-badge').waitFor();
  stored = (await server.api(`/api/v1/school/pupils/${pupil.id}`, { token })).body;
  assert.equal(stored.status, 'wit');
  const stillWit = (await server.api('/api/v1/school/pupils?status=wit', { token })).body.pupils;
  assert.deepEqual(stillWit.map((p) => p.id), [pupil.id]);

  assert.deepEqual(unexpected(page.errors, 422), []);
  await page.close();
});
