// The placement journey on the demo region. With the clock inside the placement window the
// coordinator runs a dry run, commits to a seed and runs the official placement; parents and the
// VO school see nothing yet. Then the server restarts on the same database with the clock after
// the publication moment: the parent sees the placement and gets the e-mail, and the VO school
// sees its placed pupils and reserve lists and offers a freed seat.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { launch, newPage } from '../lib/browser.mjs';
import { assertAccessible } from '../lib/axe.mjs';
import { mailsTo, messageCount, waitForMail, waitForQuietSink } from '../lib/mail.mjs';
import { staffToken, unexpected } from '../lib/parent.mjs';

// Amstelland 2026: placement from 8 April 00:00, publication on 15 April 16:00 (Amsterdam).
const IN_PLACEMENT_WINDOW = '2026-04-10T10:00:00+02:00';
const AFTER_PUBLICATION = '2026-04-15T18:00:00+02:00';

let server;
let browser;

before(async () => {
  server = await startServer({ clock: IN_PLACEMENT_WINDOW });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function staffSignIn(page, account, home) {
  await page.goto(`${server.url}/inloggen/school`);
  await page.getByTestId('staff-signin-email').fill(account.username);
  await page.getByTestId('staff-signin-password').fill(account.password);
  await page.getByTestId('staff-signin-submit').click();
  await page.waitForURL(new RegExp(`${home}$`));
}

async function parentSignIn(page, account) {
  await page.goto(`${server.url}/inloggen/ouder`);
  await page.getByTestId('parent-signin-elk').fill(account.username);
  await page.getByTestId('parent-signin-password').fill(account.password);
  await page.getByTestId('parent-signin-submit').click();
  await page.waitForURL(/\/ouder$/);
}

/** The API as a signed-in parent. */
async function parentToken(account) {
  const signIn = await server.api('/api/v1/auth/parent/sign-in', {
    method: 'POST',
    body: { elk_number: account.username, password: account.password },
  });
  assert.equal(signIn.status, 200, JSON.stringify(signIn.body));
  return signIn.body.access_token;
}

test('the coordinator places the demo region; the result appears at the publication moment', async () => {
  const coordinator = server.account('coordinator');
  const vo = server.account('vo_staff');
  // The demo parent whose child confirmed a list (the first parent account has not).
  const parent = server.account('parent', 1);
  assert.ok(parent, 'the demo has a parent with a confirmed list');

  // --- Placement window: runs, nothing visible outside the coordinator. ---
  // API sign-ins first: on SQLite a sign-in during the run's writes can find the database busy.
  const token = await staffToken(server, coordinator);
  const child = (await server.api('/api/v1/parent/child', { token: await parentToken(parent) })).body;
  const page = await newPage(browser);
  page.on('dialog', (dialog) => dialog.accept());
  await staffSignIn(page, coordinator, '/coordinator');
  await page.getByTestId('nav-coordinator-runs').click();
  await page.waitForURL(/\/coordinator\/plaatsing$/);
  await page.getByTestId('runs-empty').waitFor();
  await assertAccessible(page, 'coordinator runs, none yet');

  await page.getByTestId('start-dry-run').click();
  const dryRow = page.locator('[data-testid=run-row][data-kind=dry]');
  await dryRow.waitFor();
  // The official run needs a commitment first: the button says so by being disabled.
  assert.equal(await page.getByTestId('start-official-run').isDisabled(), true);
  await page.getByTestId('commit-seed').click();
  const commitment = await page.getByTestId('seed-commitment-hash').innerText();
  assert.match(commitment, /^[0-9a-f]{64}$/);
  await page.getByTestId('start-official-run').click();
  const officialRow = page.locator('[data-testid=run-row][data-kind=official]');
  await officialRow.waitFor();
  await page.getByTestId('run-result').filter({ hasText: /./ }).waitFor();

  // The page shows what the audit trail holds: hashes, seed, numbers.
  const runs = (await server.api('/api/v1/region/placement/runs', { token })).body.runs;
  // The clock is fixed: both runs start at the same moment, so their order is not asserted.
  assert.deepEqual(runs.map((r) => r.kind).sort(), ['dry', 'official']);
  const official = runs.find((r) => r.kind === 'official');
  assert.ok(official.participants >= 1000, `a meaningful run: ${official.participants} participants`);
  assert.equal(await officialRow.getByTestId('run-output-hash').getAttribute('data-value'), official.output_hash);
  assert.equal(await officialRow.getByTestId('run-input-hash').getAttribute('data-value'), official.input_hash);
  assert.equal(await officialRow.getByTestId('run-placed').innerText(), String(official.placed));

  // The attention list of the official run (shown by default), as the API has it.
  const attention = (await server.api(`/api/v1/region/placement/runs/${official.id}/attention`, { token })).body.pupils;
  if (attention.length === 0) {
    await page.getByTestId('attention-empty').waitFor();
  } else {
    await page.getByTestId('attention-row').first().waitFor();
    assert.equal(await page.getByTestId('attention-row').count(), attention.length);
  }
  await assertAccessible(page, 'coordinator runs');

  // Statistics of the official run: a table and a chart with a text alternative.
  await page.getByTestId('nav-coordinator-statistics').click();
  await page.waitForURL(/\/coordinator\/statistieken$/);
  const participants = page.locator('[data-testid=summary-row][data-key=participants] [data-testid=summary-count]');
  await participants.waitFor();
  assert.equal(await participants.innerText(), String(official.participants));
  const chart = page.getByTestId('outcome-chart-svg');
  assert.equal(await chart.getAttribute('role'), 'img');
  assert.ok((await chart.getAttribute('aria-label')).length > 0);
  assert.equal(await page.locator('[data-testid=outcome-chart-svg] rect.chart-bar').count(), 5);
  const alternative = await page.getByTestId('outcome-chart-text').textContent();
  assert.match(alternative, /1e keus: \d+ \(\d+,\d%\)/);
  await assertAccessible(page, 'coordinator statistics');
  assert.deepEqual(unexpected(page.errors), []);

  // The parent sees "not yet", and the VO school has no placement to show.
  const parentPage = await newPage(browser);
  await parentSignIn(parentPage, parent);
  await parentPage.getByTestId('nav-parent-result').click();
  await parentPage.waitForURL(/\/ouder\/uitslag$/);
  await parentPage.getByTestId('result-not-yet').waitFor();
  assert.deepEqual(unexpected(parentPage.errors), []);
  await parentPage.context().close();

  const voPage = await newPage(browser);
  await staffSignIn(voPage, vo, '/vo');
  await voPage.getByTestId('vo-registration-row').first().waitFor();
  await assertAccessible(voPage, 'VO registrations');
  await voPage.getByTestId('nav-vo-placements').click();
  await voPage.getByTestId('placements-not-yet').waitFor();
  // Capacities are fixed from the placement moment on: the refusal says until when.
  await voPage.getByTestId('nav-vo-capacity').click();
  const firstCapacity = voPage.getByTestId('capacity-row').first();
  await firstCapacity.getByTestId('capacity-input').fill('130');
  await firstCapacity.getByTestId('capacity-save').click();
  const refusal = voPage.getByTestId('capacity-page-error');
  await refusal.waitFor();
  assert.match(await refusal.innerText(), /2026/);
  await assertAccessible(voPage, 'VO capacity');
  assert.deepEqual(unexpected(voPage.errors, 409), []);
  await voPage.context().close();
  await page.context().close();

  // --- After the publication moment, on the same database. ---
  const mailsBefore = messageCount();
  // The sink may hold this parent's mail of an earlier run of this journey: only a new one counts.
  const earlier = new Set((await mailsTo(child.parent_email)).map((m) => m.file));
  await server.restart({ clock: AFTER_PUBLICATION });
  // Every participant's parents get the result by e-mail, this one's too; the outbox delivers
  // them all before the journey goes on (SQLite has one writer).
  const mail = (await waitForMail(child.parent_email, { count: earlier.size + 1, timeoutMs: 90_000 }))
    .find((m) => !earlier.has(m.file));
  const delivered = await waitForQuietSink();
  assert.ok(delivered - mailsBefore > 1000, `${delivered - mailsBefore} result e-mails`);

  const parentApi = await parentToken(parent);
  const result = (await server.api('/api/v1/parent/result', { token: parentApi })).body;
  assert.ok(['placed', 'unplaced'].includes(result.state), result.state);
  const published = await newPage(browser);
  await parentSignIn(published, parent);
  await published.getByTestId('nav-parent-result').click();
  await published.waitForURL(/\/ouder\/uitslag$/);
  if (result.state === 'placed') {
    const placed = published.getByTestId('result-placed');
    await placed.waitFor();
    assert.ok((await placed.innerText()).includes(result.placed.school_name), await placed.innerText());
  } else {
    await published.getByTestId('result-unplaced').waitFor();
  }
  assert.deepEqual(unexpected(published.errors), []);
  await published.context().close();

  // The e-mail leads to the result page and names the placement.
  assert.ok(mail.text.includes('/ouder/uitslag'), mail.text);
  if (result.state === 'placed') assert.ok(mail.text.includes(result.placed.school_name), mail.text);

  // The VO school sees its placed pupils and reserve lists, as the API has them.
  const voToken = await staffToken(server, vo);
  const placements = (await server.api('/api/v1/school/placements', { token: voToken })).body;
  const school = await newPage(browser);
  await staffSignIn(school, vo, '/vo');
  await school.getByTestId('nav-vo-placements').click();
  await school.waitForURL(/\/vo\/plaatsing$/);
  await school.getByTestId('programme-placements').first().waitFor();
  const placedCount = placements.programmes.reduce((n, p) => n + p.placed.length, 0);
  assert.ok(placedCount > 0, 'the school has placed pupils');
  assert.equal(await school.getByTestId('placed-row').count(), placedCount);
  await assertAccessible(school, 'VO placement');

  // A freed seat goes to the top of a reserve list; the parents accept and the pupil moves.
  const withReserve = placements.programmes.find((p) => p.reserve.length > 0);
  assert.ok(withReserve, 'a popular school has a reserve list');
  const section = school.locator(`[data-testid=programme-placements][data-programme-id="${withReserve.programme_id}"]`);
  await section.getByTestId('offer-seat').click();
  const top = withReserve.reserve[0];
  const offerRow = school.locator(`[data-testid=offer-row][data-pupil-id="${top.pupil_id}"]`);
  await offerRow.waitFor();
  await offerRow.getByTestId('offer-accept').click();
  await offerRow.locator('[data-testid=offer-outcome][data-outcome=accepted]').waitFor();
  await section.locator(`[data-testid=placed-row][data-pupil-id="${top.pupil_id}"]`).waitFor();
  assert.equal(await section.locator(`[data-testid=reserve-row][data-pupil-id="${top.pupil_id}"]`).count(), 0);
  await assertAccessible(school, 'VO placement after an offer');
  assert.deepEqual(unexpected(school.errors), []);
});

test('before the placement the VO school decides priority claims and sets a capacity', async () => {
  // Between the close of the registration week and the verification deadline (8 April).
  const own = await startServer({ clock: '2026-04-03T10:00:00+02:00' });
  try {
    const vo = own.account('vo_staff');
    const page = await newPage(browser);
    await page.goto(`${own.url}/inloggen/school`);
    await page.getByTestId('staff-signin-email').fill(vo.username);
    await page.getByTestId('staff-signin-password').fill(vo.password);
    await page.getByTestId('staff-signin-submit').click();
    await page.waitForURL(/\/vo$/);
    const claimRows = page.locator('[data-testid=vo-registration-row]:has([data-testid=claim-approve])');
    await claimRows.first().waitFor();
    assert.ok((await claimRows.count()) >= 2, 'the demo has sibling claims at the VO school');
    const approveId = await claimRows.nth(0).getAttribute('data-registration-id');
    const rejectId = await claimRows.nth(1).getAttribute('data-registration-id');
    const approveRow = page.locator(`[data-testid=vo-registration-row][data-registration-id="${approveId}"]`);
    const rejectRow = page.locator(`[data-testid=vo-registration-row][data-registration-id="${rejectId}"]`);

    await approveRow.getByTestId('claim-approve').click();
    await approveRow.locator('[data-testid=claim-decision][data-decision=approved]').waitFor();

    // A rejection needs a reason: without one the field says so and nothing is sent.
    await rejectRow.getByTestId('claim-reject').click();
    await rejectRow.getByTestId('claim-reject-confirm').click();
    await rejectRow.locator('.field-error').waitFor();
    assert.equal(await rejectRow.getByTestId('claim-reason').getAttribute('aria-invalid'), 'true');
    await assertAccessible(page, 'VO registrations with the rejection form');
    await rejectRow.getByTestId('claim-reason').fill('Geen broer of zus bekend in klas 2B');
    await rejectRow.getByTestId('claim-reject-confirm').click();
    await rejectRow.locator('[data-testid=claim-decision][data-decision=rejected]').waitFor();
    assert.match(await rejectRow.innerText(), /Geen broer of zus bekend/);

    const token = await staffToken(own, vo);
    const listed = (await own.api('/api/v1/school/registrations', { token })).body.registrations;
    const decided = (id) => listed.find((r) => r.registration_id === id).decision;
    assert.equal(decided(approveId).decision, 'approved');
    assert.equal(decided(rejectId).decision, 'rejected');
    assert.equal(decided(rejectId).reason, 'Geen broer of zus bekend in klas 2B');

    // Capacities can still change; a number out of range is refused at its row.
    await page.getByTestId('nav-vo-capacity').click();
    await page.waitForURL(/\/vo\/capaciteit$/);
    const row = page.getByTestId('capacity-row').first();
    const programmeId = await row.getAttribute('data-programme-id');
    await row.getByTestId('capacity-input').fill('2001');
    await row.getByTestId('capacity-save').click();
    await row.getByTestId('capacity-error').waitFor();
    await row.getByTestId('capacity-input').fill('125');
    await row.getByTestId('capacity-save').click();
    await row.locator('[data-testid=capacity-current]', { hasText: '125' }).waitFor();
    assert.match(await page.getByTestId('capacity-result').innerText(), /125/);
    const programmes = (await own.api('/api/v1/school/programmes', { token })).body.programmes;
    assert.equal(programmes.find((p) => p.id === programmeId).capacity, 125);
    await assertAccessible(page, 'VO capacity');
    assert.deepEqual(unexpected(page.errors), []);
    await page.context().close();
  } finally {
    await own.stop();
  }
});
