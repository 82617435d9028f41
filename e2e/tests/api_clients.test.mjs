// API clients: the coordinator makes a client for one school on the API-koppelingen page and
// reads its secret once; a school administration system (here: Node's fetch) gets a token with
// it and reads the school's pupils. A new secret leaves the old one working for 24 hours;
// revoking ends both. A board admin sees the board's clients only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { launch, newPage } from '../lib/browser.mjs';
import { assertAccessible } from '../lib/axe.mjs';
import { staffToken, unexpected } from '../lib/parent.mjs';

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

async function staffSignIn(page, account, home) {
  await page.goto(`${server.url}/inloggen/school`);
  await page.getByTestId('staff-signin-email').fill(account.username);
  await page.getByTestId('staff-signin-password').fill(account.password);
  await page.getByTestId('staff-signin-submit').click();
  await page.waitForURL(home);
}

/** `POST /api/v1/oauth/token` as a school administration system: HTTP Basic, form-encoded. */
async function clientToken(id, secret) {
  const basic = Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64');
  const response = await fetch(`${server.url}/api/v1/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${basic}`,
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    },
    body: new URLSearchParams({ grant_type: 'client_credentials' }).toString(),
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

/** The client's row in the table, in `state` when given. */
function row(page, name, state) {
  const where = state ? `[data-state=${state}]` : '';
  return page.locator(`[data-testid=api-client-row][data-name="${name}"]${where}`);
}

/** The page has loaded its list: the table, or the line saying there is none yet. */
async function listLoaded(page) {
  await page.getByTestId('api-client-form').waitFor();
  await page.locator('[data-testid=api-client-table], [data-testid=api-client-empty]').first().waitFor();
}

/** The client id and secret the panel shows. */
async function shownSecret(page) {
  const panel = page.getByTestId('api-client-secret-panel');
  await panel.waitFor();
  return {
    id: await panel.getByTestId('api-client-id').inputValue(),
    secret: await panel.getByTestId('api-client-secret-value').inputValue(),
    clientId: await panel.getAttribute('data-client-id'),
  };
}

test('a coordinator makes an API client, a system reads pupils with its secret, the secret is renewed and the client revoked', async () => {
  // The school: the first demo teacher's, whose pupils the system will read.
  const teacher = server.account('po_staff', 0);
  const teacherToken = await staffToken(server, teacher);
  const school = (await server.api('/api/v1/me', { token: teacherToken })).body.school;
  assert.ok(school?.id, 'the teacher works at a school');
  const teacherPupils = await server.api('/api/v1/school/pupils', { token: teacherToken });
  assert.equal(teacherPupils.status, 200, JSON.stringify(teacherPupils.body));

  const coordinator = server.account('coordinator');
  const page = await newPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  const asked = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.message());
    dialog.accept();
  });
  await staffSignIn(page, coordinator, /\/coordinator$/);
  await page.getByTestId('nav-coordinator-api-clients').click();
  await page.waitForURL(/\/coordinator\/api-koppelingen$/);
  await listLoaded(page);
  assert.match(await page.getByTestId('home-title').innerText(), /API-koppelingen/);
  assert.match(await page.getByTestId('api-client-explanation').innerText(), /ParnasSys/);
  assert.equal(
    await page.getByTestId('nav-coordinator-api-clients').getAttribute('aria-current'),
    'page',
  );

  // Sent empty, the form names each missing part at its field.
  await page.getByTestId('api-client-submit').click();
  await page.locator('#api-client-name-error').waitFor();
  await page.locator('#api-client-schools-error').waitFor();
  await page.locator('#api-client-scopes-error').waitFor();
  assert.equal(await page.getByTestId('api-client-name').getAttribute('aria-invalid'), 'true');
  // A limit that is not a number is refused before anything is sent.
  await page.getByTestId('api-client-rate').fill('veel');
  await page.getByTestId('api-client-submit').click();
  await page.locator('#api-client-rate-error').waitFor();
  assert.match(
    await page.getByTestId('api-client-rate').getAttribute('aria-describedby'),
    /api-client-rate-error/,
  );
  await page.getByTestId('api-client-rate').fill('');

  // One school, pupils:read.
  const name = `ParnasSys ${school.name}`;
  await page.getByTestId('api-client-name').fill(name);
  const schoolBox = page.locator(`[data-testid=api-client-schools][value="${school.id}"]`);
  await schoolBox.check();
  const scopeBox = page.locator('[data-testid=api-client-scopes][value="pupils:read"]');
  await scopeBox.check();
  assert.equal(await page.locator('[data-testid=api-client-scopes]').count(), 4);
  await page.getByTestId('api-client-submit').click();

  // The client id and secret, shown once, with the warning; the status line says what happened.
  const first = await shownSecret(page);
  assert.match(first.id, /^[0-9a-f-]{36}$/);
  assert.equal(first.clientId, first.id);
  assert.match(first.secret, /^[0-9a-f]{64}$/);
  assert.match(await page.getByTestId('api-client-secret-warning').innerText(), /niet nog een keer getoond/);
  await page.getByTestId('api-client-outcome').filter({ hasText: name }).waitFor();
  const created = row(page, name, 'active');
  await created.waitFor();
  assert.equal(await created.getAttribute('data-client-id'), first.id);
  assert.ok((await created.getByTestId('api-client-school-names').innerText()).includes(school.name));
  const scopes = await created.getByTestId('api-client-scopes').innerText();
  assert.match(scopes, /Leerlingen lezen/);
  assert.match(scopes, /pupils:read/);
  assert.match(await created.getByTestId('api-client-last-used').innerText(), /Nog niet gebruikt/);
  assert.match(await created.innerText(), /600/);
  // The form is empty again.
  assert.equal(await page.getByTestId('api-client-name').inputValue(), '');
  assert.equal(await schoolBox.isChecked(), false);
  await assertAccessible(page, 'API clients, the form and the new secret');

  // The copy button copies the secret (or says it could not: the field is selected to copy).
  await page.getByTestId('api-client-secret-value-copy').click();
  const copied = page.getByTestId('api-client-secret-value-copied');
  await copied.filter({ hasText: /\S/ }).waitFor();
  if ((await copied.innerText()).trim() === 'Gekopieerd') {
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), first.secret);
  }

  // The system signs in with the secret and reads the school's pupils, nothing more.
  const token = await clientToken(first.id, first.secret);
  assert.equal(token.status, 200, JSON.stringify(token.body));
  assert.equal(token.body.token_type, 'Bearer');
  assert.equal(token.body.scope, 'pupils:read');
  assert.equal(token.body.school_id, school.id);
  const pupils = await server.api('/api/v1/school/pupils', { token: token.body.access_token });
  assert.equal(pupils.status, 200, JSON.stringify(pupils.body));
  assert.equal(pupils.body.pupils.length, teacherPupils.body.pupils.length);

  // Closed, the panel and its secret are gone.
  await page.getByTestId('api-client-secret-close').click();
  await page.getByTestId('api-client-secret-panel').waitFor({ state: 'detached' });

  // A new secret, after a confirmation: the old one keeps working for 24 hours.
  await created.getByTestId('api-client-rotate').click();
  const second = await shownSecret(page);
  assert.match(asked.at(-1), /24 uur/);
  assert.equal(second.id, first.id);
  assert.match(second.secret, /^[0-9a-f]{64}$/);
  assert.notEqual(second.secret, first.secret);
  assert.match(await page.getByTestId('api-client-secret-previous').innerText(), /27 maart 2026/);
  const rotated = row(page, name, 'active');
  await rotated.getByTestId('api-client-state-note').filter({ hasText: /27 maart 2026/ }).waitFor();
  // The token request above counts as use, in Amsterdam time.
  assert.match(await rotated.getByTestId('api-client-last-used').innerText(), /26 maart 2026 om 10:00/);
  await assertAccessible(page, 'API clients, a new secret');
  assert.equal((await clientToken(first.id, second.secret)).status, 200);
  const old = await clientToken(first.id, first.secret);
  assert.equal(old.status, 200, `the previous secret works for 24 hours: ${JSON.stringify(old.body)}`);

  // Revoked, after a confirmation: listed as revoked, without actions, and no more tokens.
  await rotated.getByTestId('api-client-revoke').click();
  const revoked = row(page, name, 'revoked');
  await revoked.waitFor();
  assert.ok(asked.at(-1).includes(name), asked.at(-1));
  await page.getByTestId('api-client-outcome').filter({ hasText: /ingetrokken/ }).waitFor();
  await page.getByTestId('api-client-secret-panel').waitFor({ state: 'detached' });
  assert.match(await revoked.getByTestId('api-client-state').innerText(), /Ingetrokken/);
  assert.match(await revoked.getByTestId('api-client-state-note').innerText(), /Ingetrokken op .*26 maart 2026/);
  assert.equal(await revoked.getByTestId('api-client-rotate').count(), 0);
  assert.equal(await revoked.getByTestId('api-client-revoke').count(), 0);
  for (const secret of [second.secret, first.secret]) {
    const refused = await clientToken(first.id, secret);
    assert.equal(refused.status, 401, JSON.stringify(refused.body));
    assert.equal(refused.body.error, 'invalid_client');
  }

  // The name stays taken by the revoked client: refused at the name field.
  await page.getByTestId('api-client-name').fill(name);
  await schoolBox.check();
  await scopeBox.check();
  await page.getByTestId('api-client-submit').click();
  const nameError = page.locator('#api-client-name-error');
  await nameError.waitFor();
  assert.match(await nameError.innerText(), /heeft deze naam al/);
  assert.match(
    await page.getByTestId('api-client-name').getAttribute('aria-describedby'),
    /api-client-name-error/,
  );
  await assertAccessible(page, 'API clients, a name taken');
  assert.equal(await page.getByTestId('api-client-row').count(), 1);

  // The refusals this journey provoked (the empty form, the name taken) were shown.
  assert.deepEqual(unexpected(page.errors, 422), []);
});

test('a board admin sees and makes the clients of the board\'s schools only', async () => {
  const admin = server.account('board_admin');
  const adminToken = await staffToken(server, admin);
  const boardSchools = (await server.api('/api/v1/board/schools', { token: adminToken })).body.schools
    .filter((s) => s.active);
  assert.ok(boardSchools.length > 0, 'the board has schools');
  const coordinatorToken = await staffToken(server, server.account('coordinator'));
  const regionSchools = (await server.api('/api/v1/region/schools', { token: coordinatorToken })).body.schools;
  const outside = regionSchools.find((s) => s.active && !boardSchools.some((b) => b.id === s.id));
  assert.ok(outside, 'a school of another board');

  // One client made by the board admin, one by the coordinator for a school elsewhere.
  const mine = await server.api('/api/v1/api-clients', {
    token: adminToken,
    method: 'POST',
    body: { name: 'Magister bestuur', school_ids: [boardSchools[0].id], scopes: ['registrations:read'] },
  });
  assert.equal(mine.status, 201, JSON.stringify(mine.body));
  const theirs = await server.api('/api/v1/api-clients', {
    token: coordinatorToken,
    method: 'POST',
    body: { name: 'Somtoday regio', school_ids: [outside.id], scopes: ['placements:read'] },
  });
  assert.equal(theirs.status, 201, JSON.stringify(theirs.body));

  const page = await newPage(browser);
  await staffSignIn(page, admin, /\/bestuur$/);
  await page.getByTestId('nav-board-api-clients').click();
  await page.waitForURL(/\/bestuur\/api-koppelingen$/);
  await listLoaded(page);
  const own = row(page, 'Magister bestuur', 'active');
  await own.waitFor();
  assert.ok((await own.getByTestId('api-client-school-names').innerText()).includes(boardSchools[0].name));
  assert.match(await own.getByTestId('api-client-scopes').innerText(), /registrations:read/);
  const listed = await page.getByTestId('api-client-row').evaluateAll((rows) => rows.map((r) => r.dataset.name));
  const expected = (await server.api('/api/v1/api-clients', { token: adminToken })).body.clients.map((c) => c.name);
  assert.deepEqual([...listed].sort(), [...expected].sort());
  assert.ok(!listed.includes('Somtoday regio'), listed.join());
  assert.ok(listed.every((n) => !n.startsWith('ParnasSys')), listed.join());

  // The form offers the board's active schools, and no other.
  const offered = await page.locator('[data-testid=api-client-schools]').evaluateAll(
    (boxes) => boxes.map((b) => b.value),
  );
  assert.deepEqual([...offered].sort(), boardSchools.map((s) => s.id).sort());
  assert.ok(!offered.includes(outside.id));
  await assertAccessible(page, 'API clients of a board');
  assert.deepEqual(page.errors, []);
});
