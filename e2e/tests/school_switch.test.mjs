// Staff at more than one school: a PO teacher at two schools switches between them in the
// header, and the pupil list, the header and a reload (also one that needs the session's
// refresh) follow the choice. The coordinator gives a teacher a second school on the
// Medewerkers page and sees it in the table.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { launch, newPage } from '../lib/browser.mjs';
import { assertAccessible } from '../lib/axe.mjs';
import { tabTo, unexpected } from '../lib/parent.mjs';

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

/** A demo staff account by its address. */
function demoAccount(username) {
  const account = server.demo.accounts.find((a) => a.username === username);
  assert.ok(account, `${username} is in the demo data`);
  return account;
}

async function apiSignIn(account) {
  const signIn = await server.api('/api/v1/auth/staff/sign-in', {
    method: 'POST',
    body: { email: account.username, password: account.password },
  });
  assert.equal(signIn.status, 200, JSON.stringify(signIn.body));
  return signIn.body;
}

async function staffSignIn(page, account, home) {
  await page.goto(`${server.url}/inloggen/school`);
  await page.getByTestId('staff-signin-email').fill(account.username);
  await page.getByTestId('staff-signin-password').fill(account.password);
  await page.getByTestId('staff-signin-submit').click();
  await page.waitForURL(home);
}

/** Waits until the pupil list shows rows, every one of them a pupil in `ids`. */
async function listShows(page, ids) {
  await page.waitForFunction((ids) => {
    const rows = [...document.querySelectorAll('[data-testid=pupil-row]')];
    return rows.length > 0 && rows.every((row) => ids.includes(row.dataset.pupilId));
  }, ids);
}

/** The school the header's switch shows: its value and its text. */
async function switchShows(page) {
  return page.getByTestId('school-switch').evaluate((select) => ({
    id: select.value,
    name: select.selectedOptions[0]?.textContent.trim(),
  }));
}

test('a teacher at two schools switches in the header; the list, the header and a reload follow', async () => {
  const teacher = demoAccount('leerkracht2@demo.overstap.nl');

  // What the API says about the two schools, through a session of its own.
  const pair = await apiSignIn(teacher);
  const token = pair.access_token;
  const me = (await server.api('/api/v1/me', { token })).body;
  assert.equal(me.schools.length, 2, JSON.stringify(me.schools));
  const [first, second] = me.schools;
  assert.equal(me.school.id, first.id, 'a session starts at the own school');
  const firstPupils = (await server.api('/api/v1/school/pupils', { token })).body.pupils;
  const switched = await server.api('/api/v1/auth/school', {
    token, method: 'POST', body: { school_id: second.id },
  });
  // The switch issues no token: the session's refresh answers one for the other school.
  assert.equal(switched.status, 204, JSON.stringify(switched.body));
  const refreshed = await server.api('/api/v1/auth/refresh', {
    method: 'POST', body: { refresh_token: pair.refresh_token },
  });
  assert.equal(refreshed.status, 200, JSON.stringify(refreshed.body));
  const secondPupils = (await server.api('/api/v1/school/pupils', { token: refreshed.body.access_token }))
    .body.pupils;
  const firstIds = firstPupils.map((p) => p.id);
  const secondIds = secondPupils.map((p) => p.id);
  assert.ok(firstIds.length > 0 && secondIds.length > 0);
  assert.ok(!secondIds.some((id) => firstIds.includes(id)), 'two schools, two sets of pupils');

  const page = await newPage(browser);
  await staffSignIn(page, teacher, /\/po$/);
  const select = page.getByTestId('school-switch');
  await select.waitFor();
  const offered = await select.locator('option').evaluateAll(
    (options) => options.map((o) => [o.value, o.textContent.trim()]),
  );
  assert.deepEqual(offered, [[first.id, first.name], [second.id, second.name]]);
  assert.deepEqual(await switchShows(page), { id: first.id, name: first.name });
  assert.equal((await page.locator(`label[for="school-switch"]`).innerText()).trim(), 'Werkt aan');
  await listShows(page, firstIds);
  await assertAccessible(page, 'pupil list with the school switch');

  // Choose the other school and confirm with the keyboard.
  await select.selectOption(second.id);
  await tabTo(page, '[data-testid=school-switch-submit]');
  await page.keyboard.press('Enter');
  await listShows(page, secondIds);
  assert.match(page.url(), /\/po$/);
  await page.waitForFunction(
    (id) => document.querySelector('[data-testid=school-switch]')?.value === id,
    second.id,
  );
  assert.deepEqual(await switchShows(page), { id: second.id, name: second.name });
  // A pupil of the second school, by a name the first school does not have.
  const firstNames = new Set(firstPupils.map((p) => `${p.first_name} ${p.last_name}`));
  const shown = await page.locator('[data-testid=pupil-row] th').allInnerTexts();
  const onlySecond = secondPupils
    .map((p) => `${p.first_name} ${p.last_name}`)
    .find((name) => !firstNames.has(name) && shown.some((text) => text.trim().startsWith(name)));
  assert.ok(onlySecond, `a pupil only ${second.name} has is listed: ${shown.slice(0, 5).join(', ')}`);

  // A reload keeps the school, and so does a new access token from the session's refresh.
  await page.reload();
  await listShows(page, secondIds);
  assert.deepEqual(await switchShows(page), { id: second.id, name: second.name });
  await page.evaluate(() => localStorage.setItem('overstap.access_token', 'expired'));
  await page.reload();
  await listShows(page, secondIds);
  assert.deepEqual(await switchShows(page), { id: second.id, name: second.name });
  assert.notEqual(await page.evaluate(() => localStorage.getItem('overstap.access_token')), 'expired');
  await assertAccessible(page, 'pupil list after switching school');

  // And back.
  await select.selectOption(first.id);
  await page.getByTestId('school-switch-submit').click();
  await listShows(page, firstIds);
  assert.deepEqual(await switchShows(page), { id: first.id, name: first.name });
  assert.deepEqual(unexpected(page.errors, 401), []);
});

test('the coordinator gives a teacher a second school and sees it in the table', async () => {
  const coordinator = demoAccount('coordinator@demo.overstap.nl');
  const teacher = demoAccount('leerkracht@demo.overstap.nl');
  const page = await newPage(browser);
  await staffSignIn(page, coordinator, /\/coordinator$/);
  await page.getByTestId('nav-coordinator-staff').click();
  await page.waitForURL(/\/coordinator\/medewerkers$/);
  const row = page.locator(`[data-testid=staff-row][data-email="${teacher.username}"]`);
  await row.waitFor();
  assert.equal(await row.getByTestId('staff-other-schools').count(), 0);
  // The invitation offers the other schools too, for the PO role it starts with.
  await page.getByTestId('staff-invite-others-field').waitFor();

  await row.getByTestId('staff-edit').click();
  const dialog = page.getByTestId('staff-edit-dialog');
  await dialog.waitFor();
  const own = await page.getByTestId('staff-edit-school').inputValue();
  const boxes = dialog.getByTestId('staff-edit-others');
  await boxes.first().waitFor();
  const choices = await boxes.evaluateAll((inputs) => inputs.map((input) => ({
    id: input.value,
    checked: input.checked,
    label: document.querySelector(`label[for="${input.id}"]`).textContent.trim(),
  })));
  assert.ok(choices.every((c) => !c.checked), 'no other school yet');
  assert.ok(!choices.some((c) => c.id === own), 'the own school is not offered again');
  await assertAccessible(page, 'changing a staff account, with other schools');
  const added = choices[0];
  await dialog.locator(`[data-testid=staff-edit-others][value="${added.id}"]`).check();
  await page.getByTestId('staff-edit-save').click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByTestId('staff-outcome').filter({ hasText: /\S/ }).waitFor();
  const addedName = added.label.split(',')[0];
  const others = row.getByTestId('staff-other-schools');
  await others.filter({ hasText: addedName }).waitFor();
  assert.match(await row.innerText(), /De Regenboog/);
  await assertAccessible(page, 'staff accounts with other schools');

  // The teacher now has two schools to switch between.
  const token = (await apiSignIn(teacher)).access_token;
  const me = (await server.api('/api/v1/me', { token })).body;
  assert.deepEqual(me.schools.map((s) => s.id).sort(), [me.school.id, added.id].sort());

  // Opened again, the dialog shows the school chosen.
  await row.getByTestId('staff-edit').click();
  await dialog.waitFor();
  assert.ok(await dialog.locator(`[data-testid=staff-edit-others][value="${added.id}"]`).isChecked());
  await page.getByTestId('staff-edit-cancel').click();
  await dialog.waitFor({ state: 'hidden' });
  assert.deepEqual(page.errors, []);
});
