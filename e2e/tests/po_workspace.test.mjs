// Journeys of the primary school's workspace: a teacher corrects the parent's address and sends
// the login; an import with bad rows lists every problem and changes nothing; the status board
// agrees with the API. The clock is fixed inside the registration week, so logins may be sent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { launch, newPage } from '../lib/browser.mjs';
import { waitForMail, mailCount } from '../lib/mail.mjs';

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

async function staffSignIn(page, account) {
  await page.goto(`${server.url}/inloggen/school`);
  await page.getByTestId('staff-signin-email').fill(account.username);
  await page.getByTestId('staff-signin-password').fill(account.password);
  await page.getByTestId('staff-signin-submit').click();
  await page.waitForURL(/\/po$/);
}

// Sign-in is limited to 5 per account per minute: one API token per account for the whole file
// (the three journeys then sign in 4 times as the same teacher).
const tokens = new Map();
async function staffToken(account) {
  if (!tokens.has(account.username)) {
    const signIn = await server.api('/api/v1/auth/staff/sign-in', {
      method: 'POST',
      body: { email: account.username, password: account.password },
    });
    assert.equal(signIn.status, 200);
    tokens.set(account.username, signIn.body.access_token);
  }
  return tokens.get(account.username);
}

/** Console errors, without the refusals a journey provokes on purpose (e.g. a 422). */
function unexpected(errors, ...statuses) {
  return errors.filter((e) => !statuses.some((status) => e.includes(`status of ${status}`)));
}

test('a teacher corrects the parent e-mail in the dialog, sends the login, and the dot turns blue', async () => {
  const teacher = server.account('po_staff', 0);
  const token = await staffToken(teacher);
  const page = await newPage(browser);
  await staffSignIn(page, teacher);

  const firstWit = page.locator('[data-testid=pupil-row]:has([data-testid=status-dot][data-status=wit])').first();
  await firstWit.waitFor();
  const pupilId = await firstWit.getAttribute('data-pupil-id');
  // Pin the row by id: once sent, it no longer matches "a wit row".
  const row = page.locator(`[data-testid=pupil-row][data-pupil-id="${pupilId}"]`);
  const before = (await server.api(`/api/v1/school/pupils/${pupilId}`, { token })).body;
  assert.equal(before.status, 'wit');

  // The three dots behind the pupil open the menu; the keyboard reaches its items.
  const menuButton = row.getByTestId('row-menu-button');
  await menuButton.click();
  assert.equal(await menuButton.getAttribute('aria-expanded'), 'true');
  const sendAction = page.getByTestId('send-login-action');
  await sendAction.waitFor();
  assert.equal(await sendAction.getAttribute('role'), 'menuitem');
  await sendAction.click();

  // The dialog shows the address on file; the teacher corrects it before sending.
  const email = page.getByTestId('send-login-email');
  await email.waitFor();
  assert.equal(await email.inputValue(), before.parent_email);
  const corrected = `gecorrigeerd.${before.external_id.toLowerCase()}@example.org`;
  await email.fill(corrected);
  await page.getByTestId('send-login-confirm').click();

  await row.locator('[data-testid=status-dot][data-status=blauw]').waitFor();
  const result = page.getByTestId('send-login-result');
  assert.ok((await result.innerText()).includes(corrected), 'the result names the new address');
  assert.equal(await result.getAttribute('role'), 'status');
  assert.equal(await page.getByTestId('send-login-dialog').isVisible(), false);

  const after = (await server.api(`/api/v1/school/pupils/${pupilId}`, { token })).body;
  assert.equal(after.status, 'blauw');
  assert.equal(after.parent_email, corrected);

  // The e-mail went through the real SMTP server: the login to the corrected address, with the
  // ELK number as username and a single-use activation link; the old address gets only the
  // notice that the address changed, with no link and without the new address.
  const [mail] = await waitForMail(corrected);
  assert.ok(mail.text.includes(before.elk_number), 'the ELK number is in the e-mail');
  const link = mail.text.match(/https?:\/\/\S+\/activeren\?token=([0-9a-f]+)/);
  assert.ok(link, `an activation link in: ${mail.text}`);
  assert.ok(link[1].length >= 32, 'at least 128 random bits');
  const [notice] = await waitForMail(before.parent_email);
  assert.equal(await mailCount(before.parent_email), 1);
  assert.ok(!notice.text.includes('token='), notice.text);
  assert.ok(!notice.text.includes(corrected), notice.text);

  assert.deepEqual(unexpected(page.errors), []);
});

test('an import with three bad rows lists all three problems and imports nothing', async () => {
  const teacher = server.account('po_staff', 0);
  const token = await staffToken(teacher);
  const before = (await server.api('/api/v1/school/pupils', { token })).body;

  const csv = [
    'external_id;first_name;last_name;class_name;birth_date;advice;lwoo;home_town;parent_email;twin_external_id',
    'E2E-0001;Lotte;Jansen;8A;2014-05-17;havo;nee;Amstelveen;ouders.lotte@example.org;', // good, yet not imported
    'E2E-0002;;Visser;8A;2014-02-03;vwo;nee;Amstelveen;ouders.visser@example.org;', // line 3: no first name
    'E2E-0003;Sem;de Boer;8B;2014-07-21;havo/vwo;nee;Uithoorn;geen-e-mailadres;', // line 4: bad e-mail
    'E2E-0004;Noor;Bakker;8B;2013-11-30;gymnasium;nee;Aalsmeer;ouders.bakker@example.org;', // line 5: advice
  ].join('\r\n') + '\r\n';

  const page = await newPage(browser);
  await staffSignIn(page, teacher);
  await page.getByTestId('nav-import').click();
  await page.waitForURL(/\/po\/import$/);
  await page.getByTestId('import-file').setInputFiles({
    name: 'leerlingen.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await page.getByTestId('import-submit').click();

  const rows = page.getByTestId('import-error-row');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 3);
  const problems = await rows.evaluateAll((trs) =>
    trs.map((tr) => ({ line: tr.dataset.line, column: tr.querySelector('code')?.textContent })));
  assert.deepEqual(
    problems.sort((a, b) => a.line - b.line),
    [{ line: '3', column: 'first_name' }, { line: '4', column: 'parent_email' }, { line: '5', column: 'advice' }],
  );
  const rejected = page.getByTestId('import-rejected');
  assert.equal(await rejected.getAttribute('role'), 'alert');
  assert.match(await rejected.innerText(), /niets geïmporteerd/);
  assert.equal((await page.getByTestId('import-result').innerText()).trim(), '');

  // Nothing was written, not even the good row.
  const after = (await server.api('/api/v1/school/pupils', { token })).body;
  assert.equal(after.total, before.total);
  const search = (await server.api('/api/v1/school/pupils?q=E2E-0001', { token })).body;
  assert.equal(search.total, 0);
  await page.getByTestId('nav-pupils').click();
  await page.getByTestId('pupil-row').first().waitFor();
  assert.equal(await page.getByTestId('pupil-row').count(), before.total);

  assert.deepEqual(unexpected(page.errors, 422), []);
});

test('the status board shows the same counts as the API, in total and per class', async () => {
  const teacher = server.account('po_staff', 0);
  const token = await staffToken(teacher);
  const page = await newPage(browser, { viewport: { width: 360, height: 740 } });
  await staffSignIn(page, teacher);
  await page.getByTestId('nav-board').click();
  await page.waitForURL(/\/po\/overzicht$/);
  await page.getByTestId('board-class').first().waitFor();

  const board = (await server.api('/api/v1/school/status-board', { token })).body;
  const list = (await server.api('/api/v1/school/pupils', { token })).body;
  const statuses = ['wit', 'blauw', 'groen', 'AG', 'AV'];
  let total = 0;
  for (const status of statuses) {
    const shown = await page.getByTestId(`board-count-${status}`).innerText();
    assert.equal(Number(shown), board.counts[status], `school count ${status}`);
    assert.equal(board.counts[status], list.pupils.filter((p) => p.status === status).length, `API ${status}`);
    total += board.counts[status];
  }
  assert.equal(Number(await page.getByTestId('board-count-total').innerText()), total);
  assert.equal(total, list.total);

  // Each class: a section with one dot per pupil, counted per status as the API counts them.
  const sections = page.getByTestId('board-class');
  assert.equal(await sections.count(), board.classes.length);
  for (const klass of board.classes) {
    const section = page.locator(`[data-testid=board-class][data-class="${klass.class_name}"]`);
    for (const status of statuses) {
      const dots = section.locator(`[data-testid=status-dot][data-status="${status}"]`);
      assert.equal(await dots.count(), klass.counts[status], `${klass.class_name} ${status}`);
    }
  }

  // Colour is not the only carrier: every dot has its status in words.
  const firstDot = sections.first().getByTestId('status-dot').first();
  assert.notEqual((await firstDot.locator('.status-label').textContent()).trim(), '');

  // Reminders are open during the registration week.
  assert.equal(board.reminders_open, true);
  assert.equal(await page.getByTestId('send-reminders').isDisabled(), true, 'nothing selected yet');
  assert.deepEqual(unexpected(page.errors), []);
});

test('the printable paper form shows the own pupil, and another school\'s pupil is not found', async () => {
  const teacher = server.account('po_staff', 0);
  const other = server.account('po_staff', 1);
  const own = (await server.api('/api/v1/school/pupils', { token: await staffToken(teacher) })).body.pupils[0];
  const foreign = (await server.api('/api/v1/school/pupils', { token: await staffToken(other) })).body.pupils[0];
  const page = await newPage(browser);
  await staffSignIn(page, teacher);
  await page.goto(`${server.url}/po/leerling/${own.id}/formulier`);
  await page.getByTestId('paper-form').waitFor();
  assert.equal((await page.getByTestId('paper-elk-number').innerText()).trim(), own.elk_number);
  assert.ok((await page.getByTestId('paper-name').innerText()).includes(own.last_name));
  await page.goto(`${server.url}/po/leerling/${foreign.id}/formulier`);
  // The page answers with its load error (404) instead of a form.
  await page.getByTestId('load-error').waitFor();
  assert.equal(await page.getByTestId('paper-form').count(), 0, 'no form for another school\'s pupil');
  await page.close();
});
