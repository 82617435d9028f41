// Journeys of the parent portal: the login e-mail's link, activation, the preference list with
// priority at the 1st choice, confirmation, withdrawal and confirming again, the school's status
// board; Arabic right to left, keyboard only, a 360 px phone, a second tab, a forgotten password.
// axe-core checks every parent page; the clock is fixed inside the registration week.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { launch, newPage } from '../lib/browser.mjs';
import { waitForMail } from '../lib/mail.mjs';
import { assertAccessible, assertNoHorizontalScroll } from '../lib/axe.mjs';
import { sendParentLogin, staffToken, linkToken, tabTo, shownList, change, unexpected } from '../lib/parent.mjs';

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

const PHONE = { viewport: { width: 360, height: 740 } };
const PASSWORD = 'Zonnebloem-Fiets-Molen-2026';

function openPage(options = {}) {
  return newPage(browser, { bypassCSP: true, ...options });
}

/** axe on the page, and no horizontal scrolling at its width. */
async function check(page, label) {
  await assertAccessible(page, label);
  await assertNoHorizontalScroll(page, label);
}

async function activate(token, password = PASSWORD) {
  const answer = await server.api('/api/v1/auth/parent/activate', {
    method: 'POST', body: { token, password },
  });
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return answer.body.access_token;
}

async function parentSignIn(page, elkNumber, password = PASSWORD) {
  await page.goto(`${server.url}/inloggen/ouder`);
  await page.getByTestId('parent-signin-elk').fill(elkNumber);
  await page.getByTestId('parent-signin-password').fill(password);
  await page.getByTestId('parent-signin-submit').click();
  await page.waitForURL(/\/ouder$/);
  await page.getByTestId('child-name').waitFor();
}

/** Five programmes of five schools, the 1st at a school that offers the sibling rule. */
async function fiveSchools(token) {
  const { programmes } = (await server.api('/api/v1/parent/programmes', { token })).body;
  const first = programmes.find((p) => p.priority_rule === 'sibling');
  assert.ok(first, 'a programme whose school offers sibling priority');
  const chosen = [first];
  for (const programme of programmes) {
    if (chosen.length === 5) break;
    if (!chosen.some((c) => c.school_id === programme.school_id)) chosen.push(programme);
  }
  assert.equal(chosen.length, 5, 'five distinct schools admit a havo advice');
  return chosen;
}

function addButton(page, programme) {
  return page.locator(`[data-testid=catalogue-item][data-programme-id="${programme.id}"] [data-testid=add-programme]`);
}

async function registration(token) {
  const answer = await server.api('/api/v1/parent/registration', { token });
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return answer.body;
}

test('a parent activates, lists five schools with sibling priority, confirms, withdraws, reorders and confirms again on a phone; the school sees AV', async () => {
  const { pupil, email, activationToken, teacher } = await sendParentLogin(server);
  const page = await openPage(PHONE);

  // The e-mailed link shows whose account it is.
  await page.goto(`${server.url}/activeren?token=${activationToken}`);
  await page.getByTestId('activate-child-name').waitFor();
  assert.match(await page.getByTestId('activate-child-name').innerText(), new RegExp(pupil.first_name));
  assert.equal((await page.getByTestId('activate-elk-number').innerText()).trim(), pupil.elk_number);
  await check(page, 'activation');

  // A too short password is refused next to the field, linked for screen readers.
  await page.getByTestId('activate-password').fill('kort');
  await page.getByTestId('activate-submit').click();
  const passwordError = page.locator('#new-password-error');
  await passwordError.waitFor();
  assert.match(await passwordError.innerText(), /te kort/);
  assert.match(await page.getByTestId('activate-password').getAttribute('aria-describedby'), /new-password-error/);
  assert.equal(await page.getByTestId('activate-password').getAttribute('aria-invalid'), 'true');
  await check(page, 'activation with a refused password');

  await page.getByTestId('activate-password').fill(PASSWORD);
  await page.getByTestId('activate-submit').click();
  await page.waitForURL(/\/ouder$/);
  await page.getByTestId('child-name').waitFor();
  await page.getByTestId('next-step-link').waitFor();
  await check(page, 'home');
  const signIn = await server.api('/api/v1/auth/parent/sign-in', {
    method: 'POST', body: { elk_number: pupil.elk_number, password: PASSWORD },
  });
  assert.equal(signIn.status, 200);
  const token = signIn.body.access_token;

  // The child's data, read-only, with the primary school to contact.
  await page.getByTestId('nav-parent-data').click();
  await page.getByTestId('child-class').waitFor();
  assert.equal((await page.getByTestId('child-advice').innerText()).trim(), 'havo');
  assert.equal((await page.getByTestId('child-parent-email').innerText()).trim(), email);
  await page.getByTestId('school-contact').waitFor();
  await check(page, 'child data');

  // The preference list: the 1st choice found by searching, the rest added from the catalogue.
  const chosen = await fiveSchools(token);
  await page.getByTestId('nav-parent-list').click();
  await page.getByTestId('catalogue').waitFor();
  await check(page, 'empty list');
  await page.getByTestId('catalogue-search').fill(chosen[0].school_name);
  await change(page, () => addButton(page, chosen[0]).click());
  await page.getByTestId('catalogue-search').fill('');
  for (const programme of chosen.slice(1)) {
    await change(page, () => addButton(page, programme).click());
  }
  assert.deepEqual(await shownList(page), chosen.map((p) => p.id));
  const count = page.getByTestId('schools-count');
  assert.equal(await count.getAttribute('data-have'), '5');
  assert.equal(await count.getAttribute('data-min'), '5');

  // Sibling priority at the 1st choice: the name and class are required, saved when both are in.
  await page.getByTestId('priority-checkbox').check();
  await change(page, async () => {
    await page.getByTestId('sibling-name').fill('Daan Jansen');
    await page.getByTestId('sibling-class').fill('2B');
    await page.getByTestId('sibling-class').press('Tab');
  });
  let current = await registration(token);
  assert.equal(current.status, 'AG');
  assert.equal(current.entries[0].priority_claim.kind, 'sibling');
  assert.equal(current.entries[0].priority_claim.sibling_name, 'Daan Jansen');
  assert.equal(current.entries[0].priority_claim.sibling_class, '2B');

  // Drag the 3rd choice onto the 2nd: saved at once.
  const entries = page.getByTestId('list-entry');
  await change(page, () => entries.nth(2).dragTo(entries.nth(1)));
  const dragged = [chosen[0], chosen[2], chosen[1], chosen[3], chosen[4]].map((p) => p.id);
  assert.deepEqual(await shownList(page), dragged);
  current = await registration(token);
  assert.deepEqual(current.entries.map((e) => e.programme.id), dragged);
  await check(page, 'list with five schools');

  // Confirm: the summary, then AV and a confirmation of receipt by e-mail.
  await page.getByTestId('go-to-confirm').click();
  await page.getByTestId('summary').waitFor();
  assert.equal(await page.getByTestId('summary-entry').count(), 5);
  assert.match(await page.getByTestId('summary-claim').innerText(), /Daan Jansen/);
  await check(page, 'confirm summary');
  await page.getByTestId('confirm-submit').click();
  await page.locator('[data-testid=confirm-result] .alert-success').waitFor();
  assert.ok((await page.getByTestId('confirm-result').innerText()).includes(email));
  await page.locator('[data-testid=confirm-status] [data-status=AV]').waitFor();
  assert.equal((await registration(token)).status, 'AV');
  const mails = await waitForMail(email, { count: 2 });
  assert.ok(mails.some((m) => !/\/activeren\?token=/.test(m.text)), 'a confirmation e-mail besides the login');
  await check(page, 'confirmed');

  // Withdraw during the week: AG, the list kept; reorder with the buttons; confirm again.
  await page.getByTestId('withdraw-submit').click();
  await page.locator('[data-testid=confirm-status] [data-status=AG]').waitFor();
  await page.getByTestId('withdrawn-to-list').click();
  await page.getByTestId('preference-list').waitFor();
  assert.deepEqual(await shownList(page), dragged);
  await change(page, () => entries.nth(4).getByTestId('move-up').click());
  const reordered = [dragged[0], dragged[1], dragged[2], dragged[4], dragged[3]];
  assert.deepEqual(await shownList(page), reordered);
  assert.equal(await page.evaluate(() => document.activeElement?.id), `move-up-${dragged[4]}`, 'the focus stays on the moved entry');
  await page.getByTestId('go-to-confirm').click();
  await page.getByTestId('confirm-submit').click();
  await page.locator('[data-testid=confirm-status] [data-status=AV]').waitFor();
  current = await registration(token);
  assert.equal(current.status, 'AV');
  assert.deepEqual(current.entries.map((e) => e.programme.id), reordered);

  // The result is not published yet: when it will be.
  await page.getByTestId('nav-parent-result').click();
  await page.getByTestId('result-not-yet').waitFor();
  assert.match(await page.getByTestId('result-not-yet').innerText(), /2026/);
  await check(page, 'result (not yet)');
  assert.deepEqual(unexpected(page.errors, 422), []);

  // The primary school's status board shows the pupil as AV.
  const staff = await openPage();
  await staff.goto(`${server.url}/inloggen/school`);
  await staff.getByTestId('staff-signin-email').fill(teacher.username);
  await staff.getByTestId('staff-signin-password').fill(teacher.password);
  await staff.getByTestId('staff-signin-submit').click();
  await staff.waitForURL(/\/po$/);
  await staff.getByTestId('nav-board').click();
  await staff.locator(`[data-testid=board-pupil][data-elk-number="${pupil.elk_number}"] [data-testid=status-dot][data-status=AV]`).waitFor({ state: 'attached' });
  assert.deepEqual(unexpected(staff.errors), []);
});

test('in Arabic the portal is right to left and mirrored, and the parent\'s language is kept by the server', async () => {
  const { pupil, activationToken } = await sendParentLogin(server);
  const page = await openPage();
  await page.goto(`${server.url}/activeren?token=${activationToken}`);
  await page.getByTestId('activate-child-name').waitFor();
  await page.getByTestId('language-switch').selectOption('ar');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
  await check(page, 'activation (ar)');
  await page.getByTestId('activate-password').fill(PASSWORD);
  await page.getByTestId('activate-submit').click();
  await page.waitForURL(/\/ouder$/);
  await page.getByTestId('child-name').waitFor();
  await check(page, 'home (ar)');
  const token = (await server.api('/api/v1/auth/parent/sign-in', {
    method: 'POST', body: { elk_number: pupil.elk_number, password: PASSWORD },
  })).body.access_token;
  assert.equal((await server.api('/api/v1/parent/child', { token })).body.language, 'ar');

  // The list's number column is on the right, the names to its left.
  const chosen = await fiveSchools(token);
  await page.getByTestId('nav-parent-list').click();
  await page.getByTestId('catalogue').waitFor();
  await change(page, () => addButton(page, chosen[0]).click());
  await change(page, () => addButton(page, chosen[1]).click());
  const rank = await page.getByTestId('list-rank').first().boundingBox();
  const name = await page.getByTestId('list-entry-name').first().boundingBox();
  assert.ok(rank.x > name.x + name.width - 1, `the number (x=${rank.x}) is right of the name (ends at ${name.x + name.width})`);
  await check(page, 'list (ar)');
  for (const [label, path, testid] of [
    ['child data (ar)', 'nav-parent-data', 'child-class'],
    ['confirm summary (ar)', 'nav-parent-confirm', 'summary'],
    ['result (ar)', 'nav-parent-result', 'result'],
  ]) {
    await page.getByTestId(path).click();
    await page.getByTestId(testid).waitFor();
    await check(page, label);
  }

  // Turkish, chosen in the header, is left to right and goes to the server too.
  const saved = page.waitForResponse(
    (r) => r.url().endsWith('/api/v1/parent/language') && r.request().method() === 'PUT',
  );
  await page.getByTestId('language-switch').selectOption('tr');
  await page.waitForFunction(() => document.documentElement.dir === 'ltr' && document.documentElement.lang === 'tr');
  await check(page, 'result (tr)');
  assert.ok((await saved).ok(), 'PUT /parent/language was accepted');
  assert.equal((await server.api('/api/v1/parent/child', { token })).body.language, 'tr');
  assert.deepEqual(unexpected(page.errors), []);
});

test('the list is built with the keyboard alone (Tab, Enter, Space); too few schools are refused next to the list', async () => {
  const { pupil, activationToken } = await sendParentLogin(server);
  const token = await activate(activationToken);
  const chosen = await fiveSchools(token);
  const page = await openPage();
  await page.goto(`${server.url}/inloggen/ouder`);
  await tabTo(page, '[data-testid=parent-signin-elk]');
  await page.keyboard.type(pupil.elk_number);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/ouder$/);
  await page.getByTestId('child-name').waitFor();
  await tabTo(page, '[data-testid=nav-parent-list]');
  await page.keyboard.press('Enter');
  await page.getByTestId('catalogue').waitFor();

  // Search, then reach each "add" button with Tab and press it.
  await tabTo(page, '#catalogue-search');
  await page.keyboard.type(chosen[0].school_name);
  const add = (programme) => `[data-testid=catalogue-item][data-programme-id="${programme.id}"] [data-testid=add-programme]`;
  await tabTo(page, add(chosen[0]));
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'the focus is visible');
  await change(page, () => page.keyboard.press('Enter'));
  await tabTo(page, '#catalogue-search', { backwards: true });
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await tabTo(page, add(chosen[1]));
  await change(page, () => page.keyboard.press('Space'));
  await tabTo(page, add(chosen[2]));
  await change(page, () => page.keyboard.press('Enter'));
  assert.deepEqual(await shownList(page), chosen.slice(0, 3).map((p) => p.id));

  // Move the 1st choice down with Space; the focus follows it.
  await tabTo(page, `#move-down-${chosen[0].id}`, { backwards: true });
  await change(page, () => page.keyboard.press('Space'));
  assert.deepEqual(await shownList(page), [chosen[1], chosen[0], chosen[2]].map((p) => p.id));
  assert.equal(await page.evaluate(() => document.activeElement?.id), `move-down-${chosen[0].id}`);

  // Three schools are too few for a havo advice: confirming is refused, and the page says why.
  await tabTo(page, '[data-testid=go-to-confirm]');
  await page.keyboard.press('Enter');
  await page.getByTestId('summary').waitFor();
  await tabTo(page, '[data-testid=confirm-submit]');
  await page.keyboard.press('Enter');
  const errors = page.getByTestId('list-errors');
  await errors.waitFor();
  assert.equal(await errors.getAttribute('role'), 'alert');
  assert.match(await errors.innerText(), /minstens 5 verschillende scholen/);
  assert.equal((await registration(token)).status, 'AG');
  await check(page, 'confirm refused');
  assert.deepEqual(unexpected(page.errors, 422), []);
});

test('a change in a second tab is never overwritten: the first tab shows the current list with a message', async () => {
  const { pupil, activationToken } = await sendParentLogin(server);
  const token = await activate(activationToken);
  const chosen = await fiveSchools(token);
  const first = await openPage();
  await parentSignIn(first, pupil.elk_number);
  const second = await first.context().newPage();
  second.errors = [];
  second.on('pageerror', (err) => second.errors.push(`pageerror: ${err.message}`));
  for (const page of [first, second]) {
    await page.goto(`${server.url}/ouder/voorkeurslijst`);
    await page.getByTestId('catalogue').waitFor();
  }
  await change(second, () => addButton(second, chosen[0]).click());
  await addButton(first, chosen[1]).click();
  await first.getByTestId('stale-notice').waitFor();
  await first.locator(`[data-testid=list-entry][data-programme-id="${chosen[0].id}"]`).waitFor();
  assert.deepEqual(await shownList(first), [chosen[0].id]);
  const current = await registration(token);
  assert.deepEqual(current.entries.map((e) => e.programme.id), [chosen[0].id]);
  await check(first, 'list after a stale save');

  // The next change in the first tab is saved on top of the current list.
  await change(first, () => addButton(first, chosen[1]).click());
  assert.deepEqual((await registration(token)).entries.map((e) => e.programme.id), [chosen[0].id, chosen[1].id]);
  assert.deepEqual(unexpected(first.errors, 409), []);
});

test('the twin button links the list to the twin\'s: both parents see one list, and a change follows', async () => {
  // The teacher enters twins (havo), linked both ways, and sends each parent a login.
  const teacher = server.account('po_staff', 0);
  const staff = await staffToken(server, teacher);
  const stamp = Date.now();
  const twins = [];
  for (const first_name of ['Noor', 'Sem']) {
    const created = await server.api('/api/v1/school/pupils', {
      token: staff, method: 'POST',
      body: {
        external_id: `tweeling-${first_name}-${stamp}`, first_name, last_name: 'Tweeling',
        class_name: '8A', birth_date: '2014-05-04', advice: 'havo', lwoo: false,
        home_town: 'Amstelveen', parent_email: `ouder.${first_name}.${stamp}@example.org`.toLowerCase(),
        twin_pupil_id: twins[0]?.id ?? null,
      },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    twins.push(created.body);
  }
  const tokens = [];
  for (const twin of twins) {
    const sent = await server.api(`/api/v1/school/pupils/${twin.id}/send-login`, { token: staff, method: 'POST', body: {} });
    assert.equal(sent.status, 200, JSON.stringify(sent.body));
    const [mail] = await waitForMail(twin.parent_email);
    tokens.push(await activate(linkToken(mail, 'activeren')));
  }
  const [pupil, twinPupil] = twins;
  const [token, twinToken] = tokens;
  const chosen = await fiveSchools(token);

  const page = await openPage(PHONE);
  await parentSignIn(page, pupil.elk_number);
  await page.goto(`${server.url}/ouder/voorkeurslijst`);
  await page.getByTestId('catalogue').waitFor();
  for (const programme of chosen) await change(page, () => addButton(page, programme).click());
  const status = page.getByTestId('twin-status');
  assert.equal(await status.getAttribute('data-linked'), 'false');
  await change(page, () => page.getByTestId('twin-link').click());
  await page.locator('[data-testid=twin-status][data-linked=true]').waitFor();
  await check(page, 'list with the twin linked');

  const ids = (r) => r.entries.map((e) => e.programme.id);
  const twin = await registration(twinToken);
  assert.equal(twin.twin.linked, true);
  assert.deepEqual(ids(twin), chosen.map((c) => c.id), 'the twin has the same list');

  // A later change on this side is the twin's list too.
  await change(page, () => page.getByTestId('move-down').first().click());
  const mine = await registration(token);
  assert.deepEqual(ids(await registration(twinToken)), ids(mine));
  assert.notDeepEqual(ids(mine), chosen.map((c) => c.id), 'the order changed');

  // The twin's parent sees the linked list in their own portal.
  const other = await openPage(PHONE);
  await parentSignIn(other, twinPupil.elk_number);
  await other.goto(`${server.url}/ouder/voorkeurslijst`);
  await other.locator('[data-testid=twin-status][data-linked=true]').waitFor();
  assert.deepEqual(await shownList(other), ids(mine));
  assert.deepEqual(unexpected(page.errors), []);
  assert.deepEqual(unexpected(other.errors), []);
});

test('a forgotten password is reset from the e-mailed link; a used or unknown link says to ask the school', async () => {
  const { pupil, email, activationToken } = await sendParentLogin(server);
  await activate(activationToken);
  const page = await openPage(PHONE);
  await page.goto(`${server.url}/inloggen/ouder`);
  await page.getByTestId('parent-signin-elk').waitFor();
  await check(page, 'sign in');
  await page.getByTestId('forgot-password-link').click();
  await page.waitForURL(/\/wachtwoord-vergeten$/);
  await check(page, 'forgot password');
  await page.getByTestId('forgot-elk').fill(pupil.elk_number);
  await page.getByTestId('forgot-submit').click();
  const sent = page.getByTestId('forgot-sent');
  await sent.waitFor();
  const neutral = await sent.innerText();
  await check(page, 'forgot password sent');

  // An unknown number gets the very same answer.
  const other = await openPage(PHONE);
  await other.goto(`${server.url}/wachtwoord-vergeten`);
  await other.getByTestId('forgot-elk').fill('000000000');
  await other.getByTestId('forgot-submit').click();
  assert.equal(await other.getByTestId('forgot-sent').innerText(), neutral);

  const mails = await waitForMail(email, { count: 2 });
  const resetMail = mails.find((m) => /\/wachtwoord-herstellen\?token=/.test(m.text));
  assert.ok(resetMail, 'a reset e-mail');
  const resetToken = linkToken(resetMail, 'wachtwoord-herstellen');
  await page.goto(`${server.url}/wachtwoord-herstellen?token=${resetToken}`);
  await page.getByTestId('reset-password').waitFor();
  await check(page, 'reset password');
  await page.getByTestId('reset-password').fill('kort');
  await page.getByTestId('reset-submit').click();
  await page.locator('#new-password-error').waitFor();
  const newPassword = 'Regenboog-Kano-Tulp-77';
  await page.getByTestId('reset-password').fill(newPassword);
  await page.getByTestId('reset-submit').click();
  await page.waitForURL(/\/inloggen\/ouder\?wachtwoord=gewijzigd$/);
  await page.getByTestId('password-changed').waitFor();
  await check(page, 'sign in after a reset');
  await page.getByTestId('parent-signin-elk').fill(pupil.elk_number);
  await page.getByTestId('parent-signin-password').fill(newPassword);
  await page.getByTestId('parent-signin-submit').click();
  await page.waitForURL(/\/ouder$/);

  // Used links do not work again, and say what to do instead.
  const stale = await openPage(PHONE);
  await stale.goto(`${server.url}/wachtwoord-herstellen?token=${resetToken}`);
  await stale.getByTestId('reset-password').fill('Nog-Een-Ander-Wachtwoord-1');
  await stale.getByTestId('reset-submit').click();
  await stale.getByTestId('invalid-link').waitFor();
  await stale.goto(`${server.url}/activeren?token=${activationToken}`);
  await stale.getByTestId('invalid-link').waitFor();
  assert.match(await stale.getByTestId('invalid-link').innerText(), /basisschool/);
  await check(stale, 'invalid link');
  await stale.goto(`${server.url}/activeren?token=onbekend`);
  await stale.getByTestId('invalid-link').waitFor();
  assert.deepEqual(unexpected(page.errors, 422), []);
});
