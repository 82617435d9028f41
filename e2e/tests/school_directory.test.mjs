// The coordinator's school directory: before the registration week the coordinator adds a
// school board, a VO school (a wrong BRIN number is refused at the field) and a programme of it;
// imports schools from a CSV file (a bad row rejects the whole file, with its line; a good file
// makes two schools and their board); and cannot deactivate a board that still has active
// schools. Once the registration week has begun, a programme can no longer be deleted, and the
// refusal names the week's start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { launch, newPage } from '../lib/browser.mjs';
import { assertAccessible } from '../lib/axe.mjs';
import { unexpected } from '../lib/parent.mjs';

/** Before the login e-mails and the registration week (25 March 2026) of the demo calendar. */
const BEFORE_REGISTRATION = '2026-03-10T10:00:00+01:00';
const IN_REGISTRATION_WEEK = '2026-03-26T10:00:00+01:00';

let server;
let browser;

before(async () => {
  server = await startServer({ clock: BEFORE_REGISTRATION });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const HEADER = 'code;kind;name;board;town;contact_email;contact_phone;website;priority_rule';

async function coordinatorSignIn(page) {
  const coordinator = server.account('coordinator');
  await page.goto(`${server.url}/inloggen/school`);
  await page.getByTestId('staff-signin-email').fill(coordinator.username);
  await page.getByTestId('staff-signin-password').fill(coordinator.password);
  await page.getByTestId('staff-signin-submit').click();
  await page.waitForURL(/\/coordinator$/);
}

function boardRow(page, name, state) {
  const where = state ? `[data-state=${state}]` : '';
  return page.locator(`[data-testid=board-row][data-name="${name}"]${where}`);
}

function schoolRow(page, code) {
  return page.locator(`[data-testid=directory-school-row][data-code="${code}"]`);
}

async function upload(page, name, lines) {
  await page.getByTestId('school-import-file').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(`${[HEADER, ...lines].join('\n')}\n`, 'utf8'),
  });
  await page.getByTestId('school-import-submit').click();
}

test('a coordinator keeps the directory: a board, a VO school with a programme, an import, and a board still in use', async () => {
  const page = await newPage(browser);
  page.on('dialog', (dialog) => dialog.accept());
  await coordinatorSignIn(page);
  await page.getByTestId('nav-coordinator-schools').click();
  await page.waitForURL(/\/coordinator\/scholen$/);
  await page.getByTestId('board-table').waitFor();
  await page.getByTestId('directory-school-table').waitFor();
  // The demo's schools are listed with their BRIN numbers.
  await schoolRow(page, '01VO').waitFor();
  await schoolRow(page, '01PO').waitFor();
  await assertAccessible(page, 'school directory');

  // A new board.
  const board = 'Stichting Nieuwe Scholen';
  await page.getByTestId('board-add-name').fill(board);
  await page.getByTestId('board-add-submit').click();
  await boardRow(page, board, 'active').waitFor();
  await page.getByTestId('directory-outcome').filter({ hasText: board }).waitFor();
  assert.equal(await page.getByTestId('board-add-name').inputValue(), '');
  const boardId = await boardRow(page, board).getAttribute('data-board-id');

  // Renaming a board happens in a dialog; cancelled here.
  await boardRow(page, board).getByTestId('board-rename').click();
  const rename = page.getByTestId('board-rename-dialog');
  await rename.waitFor();
  assert.equal(await page.getByTestId('board-rename-name').inputValue(), board);
  await assertAccessible(page, 'renaming a board');
  await page.getByTestId('board-rename-cancel').click();
  await rename.waitFor({ state: 'hidden' });

  // A VO school: a wrong BRIN number is refused at its field, then the right one is taken.
  await page.getByTestId('school-add-kind').selectOption('vo');
  await page.getByTestId('school-add-board').selectOption(boardId);
  await page.getByTestId('school-add-code').fill('XY12');
  await page.getByTestId('school-add-name').fill('Het Nieuwe Lyceum');
  await page.getByTestId('school-add-town').fill('Amstelveen');
  await page.getByTestId('school-add-email').fill('aanmelden@nieuwelyceum.nl');
  await page.getByTestId('school-add-phone').fill('020 555 1234');
  await page.getByTestId('school-add-website').fill('https://www.nieuwelyceum.nl');
  await page.getByTestId('school-add-priority-rule').waitFor();
  await page.getByTestId('school-add-submit').click();
  await page.locator('#school-add-code-error').waitFor();
  assert.equal(await page.getByTestId('school-add-code').getAttribute('aria-invalid'), 'true');
  assert.equal(await schoolRow(page, 'XY12').count(), 0);
  await assertAccessible(page, 'school directory, BRIN number refused');

  await page.getByTestId('school-add-code').fill('12XY');
  await page.getByTestId('school-add-submit').click();
  const school = schoolRow(page, '12XY');
  await school.waitFor();
  await page.getByTestId('directory-outcome').filter({ hasText: 'Het Nieuwe Lyceum' }).waitFor();
  assert.equal(await school.getAttribute('data-kind'), 'vo');
  assert.equal(await school.getAttribute('data-state'), 'active');
  const schoolText = await school.innerText();
  assert.ok(schoolText.includes('Het Nieuwe Lyceum') && schoolText.includes(board), schoolText);
  assert.equal(await page.getByTestId('school-add-code').inputValue(), '');
  // The board counts its active school.
  await boardRow(page, board).locator('td', { hasText: /^\s*1\s*$/ }).waitFor();

  // Changing the school happens in a dialog; its kind is fixed.
  await school.getByTestId('school-edit').click();
  const edit = page.getByTestId('school-edit-dialog');
  await edit.waitFor();
  assert.equal(await page.getByTestId('school-edit-code').inputValue(), '12XY');
  assert.equal(await page.getByTestId('school-edit-board').inputValue(), boardId);
  assert.equal(await page.getByTestId('school-edit-kind').count(), 1, 'the kind is said, not asked');
  await assertAccessible(page, 'changing a school');
  await page.getByTestId('school-edit-town').fill('Uithoorn');
  await page.getByTestId('school-edit-save').click();
  await edit.waitFor({ state: 'hidden' });
  await school.filter({ hasText: 'Uithoorn' }).waitFor();

  // Its programmes: havo and vwo, 60 seats.
  await school.getByTestId('school-programmes').click();
  await page.waitForURL(/\/coordinator\/scholen\/[0-9a-f-]{36}$/);
  const programmesUrl = page.url();
  await page.getByTestId('home-title').filter({ hasText: 'Het Nieuwe Lyceum' }).waitFor();
  await page.getByTestId('programmes-empty').waitFor();
  await assertAccessible(page, 'a VO school\'s programmes');
  await page.getByTestId('programme-add-name').fill('havo/vwo');
  await page.locator('[data-testid=programme-add-advice][value="havo"]').check();
  await page.locator('[data-testid=programme-add-advice][value="vwo"]').check();
  await page.getByTestId('programme-add-capacity').fill('60');
  await page.getByTestId('programme-add-submit').click();
  const programme = page.locator('[data-testid=programme-row][data-name="havo/vwo"]');
  await programme.waitFor();
  assert.equal((await programme.getByTestId('programme-advice').innerText()).trim(), 'havo, vwo');
  assert.equal((await programme.getByTestId('programme-capacity').innerText()).trim(), '60');
  await page.getByTestId('programme-outcome').filter({ hasText: 'havo/vwo' }).waitFor();

  // Changing it in a dialog: a number of seats out of range is refused at the field.
  await programme.getByTestId('programme-edit').click();
  const programmeEdit = page.getByTestId('programme-edit-dialog');
  await programmeEdit.waitFor();
  assert.equal(await page.getByTestId('programme-edit-capacity').inputValue(), '60');
  assert.ok(await page.locator('[data-testid=programme-edit-advice][value="havo"]').isChecked());
  await assertAccessible(page, 'changing a programme');
  await page.getByTestId('programme-edit-capacity').fill('0');
  await page.getByTestId('programme-edit-save').click();
  await page.locator('#programme-edit-capacity-error').waitFor();
  await page.getByTestId('programme-edit-capacity').fill('70');
  await page.getByTestId('programme-edit-save').click();
  await programmeEdit.waitFor({ state: 'hidden' });
  await programme.getByTestId('programme-capacity').filter({ hasText: '70' }).waitFor();

  await page.getByTestId('back-to-schools').click();
  await page.waitForURL(/\/coordinator\/scholen$/);
  await schoolRow(page, '12XY').waitFor();

  // A file with one bad row (line 3: a telephone number of two digits): nothing is imported.
  const importBoard = 'Stichting Importscholen';
  const good = '13XY;po;De Proefschool;Stichting Importscholen;Uithoorn;groep8@proefschool.nl;0297 123 456;;';
  await upload(page, 'scholen-fout.csv', [
    good,
    '14XY;vo;Import College;Stichting Importscholen;Uithoorn;info@importcollege.nl;12;;',
  ]);
  const rows = page.getByTestId('import-error-row');
  await rows.first().waitFor();
  const problems = await rows.evaluateAll((trs) =>
    trs.map((tr) => ({ line: tr.dataset.line, column: tr.querySelector('code')?.textContent })));
  assert.deepEqual(problems, [{ line: '3', column: 'contact_phone' }]);
  const rejected = page.getByTestId('school-import-rejected');
  assert.equal(await rejected.getAttribute('role'), 'alert');
  assert.match(await rejected.innerText(), /niets geïmporteerd/);
  assert.equal((await page.getByTestId('school-import-result').innerText()).trim(), '');
  await assertAccessible(page, 'school import refused');
  await page.reload();
  await schoolRow(page, '12XY').waitFor();
  assert.equal(await schoolRow(page, '13XY').count(), 0, 'not even the good row was imported');
  assert.equal(await boardRow(page, importBoard).count(), 0, 'nor its new board');

  // The corrected file: two schools on a new board.
  await upload(page, 'scholen.csv', [
    good,
    '14XY;vo;Import College;Stichting Importscholen;Uithoorn;info@importcollege.nl;0297 654 321;https://www.importcollege.nl;',
  ]);
  const result = page.getByTestId('school-import-result');
  await result.filter({ hasText: /2 nieuw/ }).waitFor();
  assert.match(await result.innerText(), /1 nieuw bestuur/);
  assert.equal(await page.getByTestId('import-error-row').count(), 0);
  await schoolRow(page, '13XY').waitFor();
  await schoolRow(page, '14XY').waitFor();
  assert.equal(await schoolRow(page, '14XY').getAttribute('data-kind'), 'vo');
  await boardRow(page, importBoard).waitFor();
  await boardRow(page, importBoard).locator('td', { hasText: /^\s*2\s*$/ }).waitFor();

  // A board with active schools cannot be deactivated: the coordinator is told why.
  await boardRow(page, importBoard).getByTestId('board-deactivate').click();
  const refused = page.getByTestId('board-action-error');
  await refused.waitFor();
  assert.match(await refused.innerText(), /actieve scholen/);
  assert.equal(await boardRow(page, importBoard).getAttribute('data-state'), 'active');
  await assertAccessible(page, 'school directory, board in use');

  // The refusals this journey provoked (BRIN number, seats, bad file, board in use) were shown.
  assert.deepEqual(unexpected(page.errors, 409, 422), []);

  // --- The registration week has begun: which programmes there are is fixed. ---
  await server.restart({ clock: IN_REGISTRATION_WEEK });
  const later = await newPage(browser);
  later.on('dialog', (dialog) => dialog.accept());
  await coordinatorSignIn(later);
  await later.goto(programmesUrl);
  const kept = later.locator('[data-testid=programme-row][data-name="havo/vwo"]');
  await kept.waitFor();
  await kept.getByTestId('programme-delete').click();
  const phase = later.getByTestId('programme-action-error');
  await phase.waitFor();
  assert.match(await phase.innerText(), /Aanmeldingsweek/);
  assert.match(await phase.innerText(), /25 maart 2026/);
  assert.equal(await kept.count(), 1);
  assert.deepEqual(unexpected(later.errors, 409), []);
});
