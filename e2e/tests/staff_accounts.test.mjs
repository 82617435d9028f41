// Staff accounts: the coordinator invites a PO teacher, the invitation e-mail arrives, the
// teacher chooses a password with its link and signs in; the coordinator then sees the account
// active and deactivates it. A board admin gives out school staff roles only. A member of staff
// who forgot the password gets a reset link and signs in with the new one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { launch, newPage } from '../lib/browser.mjs';
import { assertAccessible } from '../lib/axe.mjs';
import { waitForMail, mailCount } from '../lib/mail.mjs';
import { linkToken, unexpected } from '../lib/parent.mjs';

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

/** Zxcvbn's top score, 12 to 64 characters: what a staff password must be. */
const STRONG = 'lantaarn-kiwi-trompet-gletsjer-93';

async function staffSignIn(page, email, password, home) {
  await page.goto(`${server.url}/inloggen/school`);
  await page.getByTestId('staff-signin-email').fill(email);
  await page.getByTestId('staff-signin-password').fill(password);
  await page.getByTestId('staff-signin-submit').click();
  await page.waitForURL(home);
}

/** The account's row in the staff table, in `state` when given. */
function row(page, email, state) {
  const where = state ? `[data-state=${state}]` : '';
  return page.locator(`[data-testid=staff-row][data-email="${email}"]${where}`);
}

test('a coordinator invites a PO teacher, who chooses a password and signs in; the coordinator deactivates the account', async () => {
  const coordinator = server.account('coordinator');
  const page = await newPage(browser);
  page.on('dialog', (dialog) => dialog.accept());
  await staffSignIn(page, coordinator.username, coordinator.password, /\/coordinator$/);
  await page.getByTestId('nav-coordinator-staff').click();
  await page.waitForURL(/\/coordinator\/medewerkers$/);
  await page.getByTestId('staff-table').waitFor();
  // The coordinator's own account is listed, without a way to deactivate it.
  const own = row(page, coordinator.username);
  await own.waitFor();
  assert.equal(await own.getByTestId('staff-deactivate').count(), 0);
  await assertAccessible(page, 'staff accounts');

  // A coordinator gives out every staff role; a PO teacher chooses among the PO schools only.
  const roles = await page.getByTestId('staff-invite-role').locator('option').evaluateAll(
    (options) => options.map((o) => o.value),
  );
  assert.deepEqual(roles, ['po_staff', 'vo_staff', 'board_admin', 'coordinator']);
  const email = `leerkracht.${Date.now()}@example.org`;
  const name = 'Meester Bram (groep 8)';
  await page.getByTestId('staff-invite-email').fill(email);
  await page.getByTestId('staff-invite-name').fill(name);
  await page.getByTestId('staff-invite-role').selectOption('po_staff');
  const school = page.getByTestId('staff-invite-school');
  const firstSchool = school.locator('option').nth(1);
  const schoolId = await firstSchool.getAttribute('value');
  const schoolLabel = (await firstSchool.innerText()).trim();
  const poSchools = (await server.api('/api/v1/auth/staff/sign-in', {
    method: 'POST',
    body: { email: coordinator.username, password: coordinator.password },
  }).then(({ body }) => server.api('/api/v1/region/schools', { token: body.access_token })))
    .body.schools.filter((s) => s.kind === 'po');
  assert.equal(await school.locator('option').count(), poSchools.length + 1, 'the PO schools and "choose"');
  const chosen = poSchools.find((s) => s.id === schoolId);
  assert.ok(chosen, `${schoolId} is a PO school`);
  await school.selectOption(schoolId);
  await page.getByTestId('staff-invite-submit').click();

  const outcome = page.getByTestId('staff-outcome');
  await outcome.filter({ hasText: email }).waitFor();
  const invited = row(page, email);
  await invited.waitFor();
  assert.equal(await invited.getAttribute('data-state'), 'invited');
  assert.ok((await invited.innerText()).includes(chosen.name));
  // The form is empty again; the same address a second time is refused at the e-mail field.
  assert.equal(await page.getByTestId('staff-invite-email').inputValue(), '');
  await page.getByTestId('staff-invite-email').fill(email);
  await page.getByTestId('staff-invite-name').fill(name);
  await page.getByTestId('staff-invite-school').selectOption(schoolId);
  await page.getByTestId('staff-invite-submit').click();
  await page.locator('#staff-invite-email-error').waitFor();
  await assertAccessible(page, 'staff accounts, e-mail taken');

  // The invitation went through the real SMTP server, with a single-use link.
  const [mail] = await waitForMail(email);
  const token = linkToken(mail, 'inloggen/school/uitnodiging');
  // Once delivered, the list says until when the link works (7 days, in Amsterdam time).
  await page.reload();
  assert.match(await row(page, email).getByTestId('staff-invitation-expiry').innerText(), /2 april 2026/);

  // The teacher opens it: whom it is for, then a password (a weak one is refused at the field).
  const teacher = await newPage(browser);
  await teacher.goto(`${server.url}/inloggen/school/uitnodiging?token=${token}`);
  await teacher.getByTestId('invitation').waitFor();
  assert.equal((await teacher.getByTestId('invitation-name').innerText()).trim(), name);
  assert.equal((await teacher.getByTestId('invitation-email').innerText()).trim(), email);
  assert.match(await teacher.getByTestId('invitation-role').innerText(), /basisschool/i);
  assert.equal((await teacher.getByTestId('invitation-workplace').innerText()).trim(), chosen.name);
  assert.ok(schoolLabel.startsWith(chosen.name), schoolLabel);
  assert.match(await teacher.getByTestId('invitation-region').innerText(), /Amstelland/);
  assert.match(await teacher.getByTestId('invitation-expires').innerText(), /april 2026/);
  await assertAccessible(teacher, 'staff invitation');
  await teacher.getByTestId('invitation-password').fill('overstap');
  await teacher.getByTestId('invitation-submit').click();
  await teacher.locator('#new-password-error').waitFor();
  await teacher.getByTestId('invitation-password').fill(STRONG);
  await teacher.getByTestId('invitation-submit').click();
  await teacher.waitForURL(/\/inloggen\/school\?uitnodiging=geaccepteerd$/);
  await teacher.getByTestId('invitation-accepted').waitFor();
  assert.equal(await teacher.getByTestId('staff-signin-email').inputValue(), '');
  await teacher.getByTestId('staff-signin-email').fill(email);
  await teacher.getByTestId('staff-signin-password').fill(STRONG);
  await teacher.getByTestId('staff-signin-submit').click();
  await teacher.waitForURL(/\/po$/);

  // The link worked once: opened again, it says so and leads to the sign-in.
  const again = await newPage(browser);
  await again.goto(`${server.url}/inloggen/school/uitnodiging?token=${token}`);
  const refused = again.getByTestId('invalid-link');
  await refused.waitFor();
  assert.equal(await refused.getAttribute('data-reason'), 'invitation_used');
  assert.equal(await again.getByTestId('invalid-link-action').getAttribute('href'), '/inloggen/school');

  // The coordinator sees the account active, and deactivates it: it can no longer sign in.
  await page.reload();
  await row(page, email, 'active').waitFor();
  await row(page, email).getByTestId('staff-deactivate').click();
  await row(page, email, 'deactivated').waitFor();
  await outcome.filter({ hasText: name }).waitFor();
  await row(page, email).getByTestId('staff-activate').waitFor();
  const signIn = await server.api('/api/v1/auth/staff/sign-in', {
    method: 'POST',
    body: { email, password: STRONG },
  });
  assert.notEqual(signIn.status, 200, JSON.stringify(signIn.body));

  // The refusals this journey provoked (e-mail taken, weak password, used link) were shown.
  assert.deepEqual(unexpected(page.errors, 409), []);
  assert.deepEqual(unexpected(teacher.errors, 422), []);
  assert.deepEqual(unexpected(again.errors, 410), []);
});

test('a board admin gives out the staff roles of the board\'s schools only', async () => {
  const admin = server.account('board_admin');
  const page = await newPage(browser);
  await staffSignIn(page, admin.username, admin.password, /\/bestuur$/);
  await page.getByTestId('nav-board-staff').click();
  await page.waitForURL(/\/bestuur\/medewerkers$/);
  await page.getByTestId('staff-invite-form').waitFor();
  const roles = await page.getByTestId('staff-invite-role').locator('option').evaluateAll(
    (options) => options.map((o) => o.value),
  );
  assert.deepEqual(roles, ['po_staff', 'vo_staff']);
  await page.getByTestId('staff-table').waitFor();
  // The board's PO teachers, and nobody of another board or the region.
  const listed = await page.getByTestId('staff-row').evaluateAll((rows) => rows.map((r) => r.dataset.email));
  assert.ok(listed.includes(server.account('po_staff', 0).username), listed.join());
  assert.ok(!listed.includes(server.account('coordinator').username), listed.join());
  await assertAccessible(page, 'staff accounts of a board');

  // Moving a teacher to a VO role: the board has no VO school, so the server names the field.
  const karim = server.account('po_staff', 1);
  await row(page, karim.username).getByTestId('staff-edit').click();
  const dialog = page.getByTestId('staff-edit-dialog');
  await dialog.waitFor();
  assert.equal(await page.getByTestId('staff-edit-role').inputValue(), 'po_staff');
  const before = await page.getByTestId('staff-edit-school').inputValue();
  assert.ok(before, 'the current school is chosen');
  await assertAccessible(page, 'changing a staff account');
  await page.getByTestId('staff-edit-role').selectOption('vo_staff');
  assert.equal(await page.getByTestId('staff-edit-school').locator('option').count(), 1);
  await page.getByTestId('staff-edit-save').click();
  await page.locator('#staff-edit-school-error').waitFor();

  // Another PO school of the board instead.
  await page.getByTestId('staff-edit-role').selectOption('po_staff');
  const other = await page.getByTestId('staff-edit-school').locator('option').evaluateAll(
    (options, current) => options.map((o) => [o.value, o.textContent]).find(([v]) => v && v !== current),
    before,
  );
  await page.getByTestId('staff-edit-school').selectOption(other[0]);
  await page.getByTestId('staff-edit-save').click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByTestId('staff-outcome').filter({ hasText: /\S/ }).waitFor();
  const schoolName = other[1].split(',')[0];
  await row(page, karim.username).filter({ hasText: schoolName }).waitFor();
  assert.deepEqual(unexpected(page.errors, 422), []);
});

test('a member of staff who forgot the password chooses a new one with the e-mailed link', async () => {
  const account = server.account('vo_staff');
  const page = await newPage(browser);
  await page.goto(`${server.url}/inloggen/school`);
  await page.getByTestId('staff-forgot-password-link').click();
  await page.waitForURL(/\/inloggen\/school\/wachtwoord-vergeten$/);
  await assertAccessible(page, 'staff forgot password');
  const before = await mailCount(account.username);
  await page.getByTestId('staff-forgot-email').fill(account.username);
  await page.getByTestId('staff-forgot-submit').click();
  await page.getByTestId('staff-forgot-sent').waitFor();

  const mails = await waitForMail(account.username, {
    count: before + 1,
    matching: (m) => m.text.includes('/inloggen/school/nieuw-wachtwoord?token='),
  });
  const token = linkToken(mails.at(-1), 'inloggen/school/nieuw-wachtwoord');
  await page.goto(`${server.url}/inloggen/school/nieuw-wachtwoord?token=${token}`);
  await page.getByTestId('staff-reset-password').fill(STRONG);
  await page.getByTestId('staff-reset-submit').click();
  await page.waitForURL(/\/inloggen\/school\?wachtwoord=gewijzigd$/);
  await page.getByTestId('password-changed').waitFor();
  await page.getByTestId('staff-signin-email').fill(account.username);
  await page.getByTestId('staff-signin-password').fill(STRONG);
  await page.getByTestId('staff-signin-submit').click();
  await page.waitForURL(/\/vo$/);

  // The link worked once.
  const again = await newPage(browser);
  await again.goto(`${server.url}/inloggen/school/nieuw-wachtwoord?token=${token}`);
  await again.getByTestId('staff-reset-password').fill(STRONG);
  await again.getByTestId('staff-reset-submit').click();
  await again.getByTestId('invalid-link').waitFor();
  assert.deepEqual(page.errors, []);
  assert.deepEqual(unexpected(again.errors, 410), []);
});
