// The board admin's help: the counts of the board's primary schools and the board's total, a
// school's status board to look at only, and finding a pupil to answer a parent's question.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { launch, newPage } from '../lib/browser.mjs';
import { assertAccessible } from '../lib/axe.mjs';
import { unexpected } from '../lib/parent.mjs';

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

const STATUSES = ['wit', 'blauw', 'groen', 'AG', 'AV'];

async function number(locator) {
  return Number((await locator.innerText()).trim());
}

test('a board admin sees the counts per school, opens a school\'s status board and finds a pupil', async () => {
  const admin = server.account('board_admin');
  const page = await newPage(browser);
  await page.goto(`${server.url}/inloggen/school`);
  await page.getByTestId('staff-signin-email').fill(admin.username);
  await page.getByTestId('staff-signin-password').fill(admin.password);
  await page.getByTestId('staff-signin-submit').click();
  await page.waitForURL(/\/bestuur$/);

  // Per school the counts; the board's total per status is the sum of the schools'.
  const overview = page.getByTestId('board-overview');
  await overview.waitFor();
  const rows = overview.getByTestId('board-school-counts');
  assert.ok((await rows.count()) > 0, 'the board has primary schools');
  for (const status of STATUSES) {
    const cells = await rows.evaluateAll(
      (trs, s) => trs.map((tr) => Number(tr.querySelectorAll('td')[['wit', 'blauw', 'groen', 'AG', 'AV'].indexOf(s)].textContent)),
      status,
    );
    const sum = cells.reduce((a, b) => a + b, 0);
    assert.equal(await number(page.getByTestId(`board-total-${status}`)), sum, status);
  }
  const total = await number(page.getByTestId('board-total'));
  assert.ok(total > 0, 'the demo board has pupils');
  await assertAccessible(page, 'board overview');

  // A school's status board, read-only: dots, no reminders, no checkboxes.
  const first = rows.first();
  const schoolId = await first.getAttribute('data-school-id');
  const schoolName = (await first.getByTestId('board-school-link').innerText()).trim();
  await first.getByTestId('board-school-link').click();
  await page.waitForURL(new RegExp(`/bestuur/school/${schoolId}$`));
  await page.getByTestId('board-school-title').filter({ hasText: schoolName }).waitFor();
  await page.getByTestId('board-counts').waitFor();
  const pupil = page.getByTestId('board-pupil').first();
  await pupil.waitFor();
  assert.equal(await page.getByTestId('send-reminders').count(), 0);
  assert.equal(await page.locator('main input[type=checkbox]').count(), 0);
  const elk = await pupil.getAttribute('data-elk-number');
  const firstName = (await pupil.locator('.board-name').innerText()).trim().split(/\s+/)[0];
  await assertAccessible(page, 'a school\'s status board for the board');
  await page.getByTestId('back-to-board').click();
  await page.waitForURL(/\/bestuur$/);

  // Finding a pupil: by ELK number, by first name, and a search too short to run.
  await page.getByTestId('nav-board-search').click();
  await page.waitForURL(/\/bestuur\/zoeken$/);
  await page.getByTestId('board-search-audit').waitFor();
  await page.getByTestId('board-search-q').fill(elk);
  await page.getByTestId('board-search-submit').click();
  await page.waitForURL(/\/bestuur\/zoeken\?q=/);
  const found = page.locator(`[data-testid=board-search-row][data-elk-number="${elk}"]`);
  await found.waitFor();
  assert.ok((await found.innerText()).includes(schoolName));
  await found.getByTestId('status-dot').waitFor();
  await assertAccessible(page, 'finding a pupil');

  await page.getByTestId('board-search-q').fill(firstName);
  await page.getByTestId('board-search-submit').click();
  await page.waitForURL(new RegExp(`q=${encodeURIComponent(firstName)}$`));
  await page.getByTestId('board-search-results').waitFor();
  const names = await page.getByTestId('board-search-row').evaluateAll(
    (trs) => trs.map((tr) => tr.querySelector('th').textContent),
  );
  assert.ok(names.length > 0 && names.length <= 20, names.join());
  if ((await found.count()) === 0) {
    await page.getByTestId('board-search-more').waitFor();
  }

  await page.getByTestId('board-search-q').fill('a');
  await page.getByTestId('board-search-submit').click();
  await page.locator('#board-search-q-error').waitFor();
  assert.equal(await page.getByTestId('board-search-q').getAttribute('aria-invalid'), 'true');
  assert.deepEqual(unexpected(page.errors, 422), []);
});
