// The round-2 journey on the demo region. In the registration week a new parent of the demo PO
// school confirms a list with a programme of the demo VO school first (the school raises its
// capacity, so the child surely gets it); the coordinator makes the official round-1 run inside
// the placement window. Then, with the clock inside the round-2 window, the VO school withdraws
// that place at the parents' request, and the parent, on a 360-px phone, opens round 2, builds a
// list of two programmes, saves, confirms and gets the confirmation e-mail. A parent whose child
// took no part sees a plain message; the confirmed page is checked once more in Arabic (right to
// left). After the window the coordinator's round-2 run places the list, and the round-2 page
// and the result page show that place.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startServer } from '../lib/server.mjs';
import { launch, newPage } from '../lib/browser.mjs';
import { assertAccessible, assertNoHorizontalScroll } from '../lib/axe.mjs';
import { waitForMail, waitForQuietSink } from '../lib/mail.mjs';
import { sendParentLogin, unexpected } from '../lib/parent.mjs';

// Amstelland 2026 (Amsterdam time): the registration week (the server's default clock), the
// placement window, and round 2 from 16 April 09:00 until 22 April inclusive.
const IN_PLACEMENT_WINDOW = '2026-04-10T10:00:00+02:00';
const IN_ROUND2_WINDOW = '2026-04-17T10:00:00+02:00';
const AFTER_ROUND2 = '2026-04-23T10:00:00+02:00';
const PASSWORD = 'tweede-ronde-2026';
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

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

async function parentToken(account) {
  const signIn = await server.api('/api/v1/auth/parent/sign-in', {
    method: 'POST',
    body: { elk_number: account.username, password: account.password },
  });
  assert.equal(signIn.status, 200, JSON.stringify(signIn.body));
  return signIn.body.access_token;
}

/** A fresh staff token: one from before a restart has expired on the later clock. */
async function staffToken(account) {
  const signIn = await server.api('/api/v1/auth/staff/sign-in', {
    method: 'POST',
    body: { email: account.username, password: account.password },
  });
  assert.equal(signIn.status, 200, JSON.stringify(signIn.body));
  return signIn.body.access_token;
}

async function parentSignIn(page, account) {
  await page.goto(`${server.url}/inloggen/ouder`);
  await page.getByTestId('parent-signin-elk').fill(account.username);
  await page.getByTestId('parent-signin-password').fill(account.password);
  await page.getByTestId('parent-signin-submit').click();
  await page.waitForURL(/\/ouder$/);
}

/** The body of `response` when it has `status`; else the test fails with what it got. */
function expectStatus(response, status, what) {
  assert.equal(response.status, status, `${what}: ${JSON.stringify(response.body)}`);
  return response.body;
}

/**
 * In the registration week: the demo PO school sends a havo pupil's parent a login; the parent
 * activates it and confirms a list with a programme of the VO school first, which has room for
 * everyone who lists it, so round 1 places the child there and the school may withdraw the
 * place later. Returns the parent's sign-in, e-mail address and that programme.
 */
async function placedAtTheVoSchool(vo) {
  const { pupil, email, activationToken } = await sendParentLogin(server, { advice: 'havo' });
  const activated = expectStatus(await server.api('/api/v1/auth/parent/activate', {
    method: 'POST', body: { token: activationToken, password: PASSWORD },
  }), 200, 'activate');
  const parentApi = activated.access_token;
  const voToken = await staffToken(vo);
  const own = expectStatus(await server.api('/api/v1/school/programmes', { token: voToken }), 200, 'VO programmes');
  const admitted = expectStatus(await server.api('/api/v1/parent/programmes', { token: parentApi }), 200, 'admitted');
  const ownIds = new Set(own.programmes.map((p) => p.id));
  const first = admitted.programmes.find((p) => ownIds.has(p.id));
  assert.ok(first, `the VO school offers a programme for advice ${admitted.advice}`);
  expectStatus(await server.api(`/api/v1/school/programmes/${first.id}/capacity`, {
    token: voToken, method: 'PUT', body: { capacity: 2000 },
  }), 200, 'capacity');

  let registration = expectStatus(await server.api('/api/v1/parent/registration', { token: parentApi }), 200, 'registration');
  // The 1st choice, then one programme of each other school until the list has enough schools.
  const list = [first];
  for (const programme of admitted.programmes) {
    if (new Set(list.map((p) => p.school_id)).size >= Math.max(registration.min_distinct_schools, 2)) break;
    if (!list.some((p) => p.school_id === programme.school_id)) list.push(programme);
  }
  registration = expectStatus(await server.api('/api/v1/parent/registration/draft', {
    token: parentApi,
    method: 'PUT',
    body: { revision: registration.revision, entries: list.map((p) => ({ programme_id: p.id })), link_twin: false },
  }), 200, 'draft');
  expectStatus(await server.api('/api/v1/parent/registration/confirm', {
    token: parentApi,
    method: 'POST',
    body: { revision: registration.revision },
    headers: { 'idempotency-key': randomUUID() },
  }), 200, 'confirm');
  return { account: { username: pupil.elk_number, password: PASSWORD }, email, first };
}

/** The coordinator commits to a seed and makes the official round-1 run. */
async function officialRound1Run(coordinator) {
  const token = await staffToken(coordinator);
  const commitment = expectStatus(await server.api('/api/v1/region/placement/seed-commitments', {
    token, method: 'POST',
  }), 201, 'seed commitment');
  return expectStatus(await server.api('/api/v1/region/placement/runs', {
    token, method: 'POST', body: { kind: 'official', commitment_id: commitment.id },
  }), 201, 'official run');
}

test('a parent whose place was withdrawn makes and confirms a round-2 list on a phone, then sees the round-2 place', async () => {
  const coordinator = server.account('coordinator');
  const vo = server.account('vo_staff');
  // The demo parent whose child has no list took no part in round 1.
  const outsider = server.account('parent', 0);
  assert.ok(outsider, 'the demo has a parent account');

  const { account: parent, email, first: firstChoice } = await placedAtTheVoSchool(vo);

  await server.restart({ clock: IN_PLACEMENT_WINDOW });
  const run = await officialRound1Run(coordinator);
  assert.ok(run.participants >= 1000, `a meaningful run: ${run.participants} participants`);

  // --- Round 2 is open; the results of round 1 are published (and mailed). ---
  await server.restart({ clock: IN_ROUND2_WINDOW });
  await waitForMail(email, { timeoutMs: 90_000, matching: (m) => m.text.includes('/ouder/uitslag') });
  // SQLite has one writer: let the outbox deliver the result e-mails before the parent writes.
  await waitForQuietSink();

  const voToken = await staffToken(vo);
  const placements = expectStatus(await server.api('/api/v1/school/placements', { token: voToken }), 200, 'placements');
  const placedHere = placements.programmes.find((p) => p.programme_id === firstChoice.id);
  const pupil = placedHere?.placed.find((p) => p.elk_number === parent.username);
  assert.ok(pupil, `the child is placed at its 1st choice ${firstChoice.name}`);
  // The VO school withdraws the place on its placements page; a reason is required.
  const school = await newPage(browser);
  school.on('dialog', (dialog) => dialog.accept());
  await school.goto(`${server.url}/inloggen/school`);
  await school.getByTestId('staff-signin-email').fill(vo.username);
  await school.getByTestId('staff-signin-password').fill(vo.password);
  await school.getByTestId('staff-signin-submit').click();
  await school.waitForURL(/\/vo$/);
  await school.goto(`${server.url}/vo/plaatsing`);
  const placedRow = school.locator(`[data-testid=placed-row][data-pupil-id="${pupil.pupil_id}"]`);
  await placedRow.waitFor();
  await school.getByTestId('withdraw-pupil').selectOption(pupil.pupil_id);
  await school.getByTestId('withdraw-submit').click();
  await school.locator('#withdraw-reason-error').waitFor();
  await school.getByTestId('withdraw-reason').fill('De ouders verhuizen; zij vroegen de plaats op te geven.');
  await school.getByTestId('withdraw-submit').click();
  await school.getByTestId('withdraw-result').filter({ hasText: pupil.first_name }).waitFor();
  await placedRow.waitFor({ state: 'detached' });
  await assertAccessible(school, 'VO placements after a withdrawal');
  assert.deepEqual(school.errors, []);
  await school.context().close();
  const after = expectStatus(await server.api('/api/v1/school/placements', { token: voToken }), 200, 'placements');
  assert.ok(!after.programmes.some((p) => p.placed.some((q) => q.pupil_id === pupil.pupil_id)), 'no longer placed');

  // A parent whose child took no part in round 1 sees a message, not an error, and no link.
  const other = await newPage(browser, PHONE);
  await parentSignIn(other, outsider);
  await other.getByTestId('registration-status').waitFor();
  await other.goto(`${server.url}/ouder/ronde-2`);
  await other.getByTestId('round2-not-taking-part').waitFor();
  assert.equal(await other.getByTestId('nav-parent-round2').count(), 0);
  assert.equal(await other.getByTestId('catalogue').count(), 0);
  await assertAccessible(other, 'round 2, not taking part');
  assert.deepEqual(unexpected(other.errors), []);
  await other.context().close();

  // --- The parent on a phone: home -> round 2. ---
  const page = await newPage(browser, PHONE);
  await parentSignIn(page, parent);
  await page.getByTestId('home-round2').waitFor();
  await page.getByTestId('nav-parent-round2').waitFor();
  await page.getByTestId('home-round2').getByTestId('round2-link').click();
  await page.waitForURL(/\/ouder\/ronde-2$/);
  await page.getByTestId('round2-taking-part').waitFor();
  assert.equal(await page.getByTestId('round2-reason').getAttribute('data-reason'), 'withdrawn');
  assert.equal(await page.getByTestId('round2-window').getAttribute('data-window'), 'open');
  assert.match(await page.getByTestId('round2-window').innerText(), /22 april 2026/);
  await page.getByTestId('catalogue-item').first().waitFor();
  await assertAccessible(page, 'round 2, empty list');
  await assertNoHorizontalScroll(page, 'round 2 at 360 px');

  // Saving an empty list: the server's rule, in the parent's language, next to the list.
  await page.getByTestId('round2-save').click();
  const refusal = page.getByTestId('round2-error');
  await refusal.waitFor();
  assert.match(await refusal.innerText(), /minstens één opleiding/);

  // Two programmes with seats left, the second moved up by keyboard, saved, confirmed.
  const offered = page.getByTestId('catalogue-item');
  const chosen = [];
  for (let i = 0; i < 2; i += 1) {
    const item = offered.nth(i);
    chosen.push(await item.getAttribute('data-programme-id'));
    await item.getByTestId('add-programme').click();
  }
  await page.getByTestId('list-entry').nth(1).waitFor();
  const moveUp = page.locator(`#move-up-${chosen[1]}`);
  await moveUp.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((first) => document.querySelector('[data-testid=list-entry]')?.dataset.programmeId === first, chosen[1]);
  const order = [chosen[1], chosen[0]];
  assert.equal(await page.getByTestId('round2-save-status').getAttribute('data-state'), 'unsaved');
  await page.getByTestId('round2-save').click();
  await page.locator('[data-testid=round2-save-status][data-state=saved]').waitFor();
  assert.equal(await page.getByTestId('round2-errors').count(), 0);
  await page.getByTestId('round2-confirm-step').waitFor();
  await assertAccessible(page, 'round 2, saved list');

  const parentApi = await parentToken(parent);
  let round2 = expectStatus(await server.api('/api/v1/parent/round2', { token: parentApi }), 200, 'round 2');
  assert.deepEqual(round2.list.map((p) => p.id), order);
  assert.equal(round2.confirmed_at ?? null, null);

  await page.getByTestId('round2-confirm').click();
  await page.getByTestId('round2-confirmed').waitFor();
  assert.match(await page.getByTestId('round2-confirmed').innerText(), /e-mail/);
  assert.equal(await page.getByTestId('round2-save').count(), 0);
  assert.equal(await page.getByTestId('move-up').count(), 0);
  await assertAccessible(page, 'round 2, confirmed');
  await assertNoHorizontalScroll(page, 'round 2 confirmed at 360 px');
  round2 = expectStatus(await server.api('/api/v1/parent/round2', { token: parentApi }), 200, 'round 2');
  assert.ok(round2.confirmed_at, 'the list is definitive');
  assert.deepEqual(round2.list.map((p) => p.id), order);

  // The confirmation e-mail names both programmes and leads back to round 2.
  const [mail] = await waitForMail(email, {
    timeoutMs: 60_000,
    matching: (m) => m.text.includes('/ouder/ronde-2'),
  });
  for (const programme of round2.list) assert.ok(mail.text.includes(programme.name), mail.text);
  assert.deepEqual(unexpected(page.errors, 422), []);

  // The same page in Arabic: right to left, the texts translated, still accessible.
  await page.getByTestId('language-switch').selectOption('ar');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await page.reload();
  await page.getByTestId('round2-confirmed').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
  assert.match(await page.getByTestId('round2-title').innerText(), /الجولة الثانية/);
  await assertAccessible(page, 'round 2 in Arabic');
  await assertNoHorizontalScroll(page, 'round 2 in Arabic at 360 px');
  assert.deepEqual(unexpected(page.errors, 422), []);
  await page.context().close();

  // --- After the window: the round-2 run places the list; the parent sees it on both pages. ---
  await server.restart({ clock: AFTER_ROUND2 });
  // The coordinator makes the round-2 run on the placement page's round-2 tab.
  const desk = await newPage(browser);
  desk.on('dialog', (dialog) => dialog.accept());
  await desk.goto(`${server.url}/inloggen/school`);
  await desk.getByTestId('staff-signin-email').fill(coordinator.username);
  await desk.getByTestId('staff-signin-password').fill(coordinator.password);
  await desk.getByTestId('staff-signin-submit').click();
  await desk.waitForURL(/\/coordinator$/);
  await desk.goto(`${server.url}/coordinator/plaatsing`);
  await desk.locator('[data-testid=run-row][data-kind=official]').waitFor();
  await desk.getByTestId('round-2').click();
  await desk.waitForURL(/\/coordinator\/plaatsing\?ronde=2$/);
  await desk.getByTestId('round2-explained').waitFor();
  await desk.getByTestId('runs-empty').waitFor();
  assert.equal(await desk.getByTestId('round-2').getAttribute('aria-current'), 'page');
  await desk.getByTestId('commit-seed').click();
  await desk.getByTestId('seed-commitment-hash').waitFor();
  await desk.getByTestId('start-official-run').click();
  const round2Row = desk.locator('[data-testid=run-row][data-kind=official]');
  await round2Row.waitFor();
  const token = await staffToken(coordinator);
  const runs = expectStatus(await server.api('/api/v1/region/placement/runs', { token }), 200, 'runs').runs;
  const round2Run = runs.find((r) => r.round === 2 && r.kind === 'official');
  assert.ok(round2Run, JSON.stringify(runs));
  assert.equal(await round2Row.getAttribute('data-run-id'), round2Run.id);
  assert.equal(await desk.locator('[data-testid=run-row]').count(), 1, 'only the round-2 run on this tab');
  await assertAccessible(desk, 'coordinator runs, round 2');
  assert.deepEqual(desk.errors, []);
  await desk.context().close();
  round2 = expectStatus(await server.api('/api/v1/parent/round2', { token: await parentToken(parent) }), 200, 'round 2');
  assert.equal(round2.result, 'placed', JSON.stringify(round2));
  const result = await newPage(browser, PHONE);
  await parentSignIn(result, parent);
  await result.getByTestId('nav-parent-round2').click();
  await result.waitForURL(/\/ouder\/ronde-2$/);
  const outcome = result.locator('[data-testid=round2-result][data-state=placed]');
  await outcome.waitFor();
  assert.ok((await outcome.innerText()).includes(round2.placed.name), await outcome.innerText());
  assert.equal(await result.getByTestId('round2-confirmed').count(), 0);
  await assertAccessible(result, 'round 2 with its result');
  await result.getByTestId('nav-parent-result').click();
  await result.waitForURL(/\/ouder\/uitslag$/);
  const placed = result.locator('[data-testid=result-placed][data-round="2"]');
  await placed.waitFor();
  assert.ok((await placed.innerText()).includes(round2.placed.school_name), await placed.innerText());
  await assertAccessible(result, 'result placed in round 2');
  assert.deepEqual(unexpected(result.errors), []);
  await result.context().close();
});
