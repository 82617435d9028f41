// The coordinator's region settings: before the registration week the coordinator sets the
// contact details parents see (a telephone number of two digits is refused at its field) and
// raises the havo minimum of the preference list; the Amsterdam template drops sibling priority,
// which demo VO schools give, so that save is refused at the priority rules, naming a school, and
// nothing changes. Once the registration week has begun the rules are read only, with the moment
// they were fixed, while the contact details can still change. A parent sees the region's
// contact details beside the primary school's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { launch, newPage } from '../lib/browser.mjs';
import { assertAccessible } from '../lib/axe.mjs';
import { staffToken, unexpected } from '../lib/parent.mjs';

/** Before the login e-mails and the registration week (25 March 2026) of the demo calendar. */
const BEFORE_REGISTRATION = '2026-03-10T10:00:00+01:00';
const IN_REGISTRATION_WEEK = '2026-03-26T10:00:00+01:00';

const REGION_EMAIL = 'vragen@elkamstelland.nl';
const REGION_PHONE = '020 123 4567';
const REGION_WEBSITE = 'https://www.elkamstelland.nl';

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

async function coordinatorSignIn(page) {
  const coordinator = server.account('coordinator');
  await page.goto(`${server.url}/inloggen/school`);
  await page.getByTestId('staff-signin-email').fill(coordinator.username);
  await page.getByTestId('staff-signin-password').fill(coordinator.password);
  await page.getByTestId('staff-signin-submit').click();
  await page.waitForURL(/\/coordinator$/);
}

/** Signs in, opens Regio from the navigation and waits for the form. */
async function openSettings(page) {
  await coordinatorSignIn(page);
  await page.getByTestId('nav-coordinator-settings').click();
  await page.waitForURL(/\/coordinator\/regio$/);
  await page.getByTestId('region-settings-form').waitFor();
}

function route(page, advice) {
  return page.locator(`[data-testid=route-row][data-advice="${advice}"]`);
}

function minimum(page, advice) {
  return route(page, advice).getByTestId('route-minimum');
}

function priority(page, rule) {
  return page.locator(`[data-testid=priority-rule][value="${rule}"]`);
}

async function save(page) {
  const outcome = page.getByTestId('region-settings-outcome');
  await page.getByTestId('region-settings-save').click();
  await outcome.filter({ hasText: 'opgeslagen' }).waitFor();
}

test('a coordinator sets the contact details and the rules until the registration week fixes them', async () => {
  const page = await newPage(browser);
  await openSettings(page);
  assert.equal((await page.getByTestId('region-time-zone').innerText()).trim(), 'Europe/Amsterdam');
  // The demo region follows the Amstelland template: pro on paper, havo lists of 5 schools,
  // sibling priority.
  await page.getByTestId('template-current').filter({ hasText: 'Amstelland' }).waitFor();
  assert.equal(await route(page, 'pro').getByTestId('route-select').inputValue(), 'paper');
  assert.equal(await route(page, 'havo').getByTestId('route-select').inputValue(), 'list');
  assert.equal(await minimum(page, 'havo').inputValue(), '5');
  assert.ok(await priority(page, 'sibling').isChecked());
  const note = page.getByTestId('rules-note');
  assert.equal(await note.getAttribute('data-state'), 'editable');
  assert.match(await note.innerText(), /woensdag 25 maart 2026/);
  await assertAccessible(page, 'region settings');

  // The contact details parents see.
  const outcome = page.getByTestId('region-settings-outcome');
  await page.getByTestId('region-email').fill(REGION_EMAIL);
  await page.getByTestId('region-phone').fill(REGION_PHONE);
  await page.getByTestId('region-website').fill(REGION_WEBSITE);
  await save(page);

  // A telephone number of two digits is refused at its field.
  await page.getByTestId('region-phone').fill('12');
  await page.getByTestId('region-settings-save').click();
  await page.locator('#region-phone-error').waitFor();
  assert.equal(await page.getByTestId('region-phone').getAttribute('aria-invalid'), 'true');
  await page.getByTestId('region-settings-error').waitFor();
  assert.equal((await outcome.innerText()).trim(), '', 'no success after a refusal');
  await assertAccessible(page, 'region settings, telephone refused');
  await page.getByTestId('region-phone').fill(REGION_PHONE);

  // Havo lists must name 6 schools from now on; still so after a reload.
  await minimum(page, 'havo').fill('6');
  await save(page);
  assert.equal(await page.locator('#region-phone-error').count(), 0);
  await page.reload();
  await page.getByTestId('region-settings-form').waitFor();
  assert.equal(await minimum(page, 'havo').inputValue(), '6');
  assert.equal(await page.getByTestId('region-email').inputValue(), REGION_EMAIL);
  assert.equal(await page.getByTestId('region-phone').inputValue(), REGION_PHONE);
  assert.equal(await page.getByTestId('region-website').inputValue(), REGION_WEBSITE);

  // The Amsterdam template has no sibling priority.
  await page.getByTestId('template-select').selectOption('amsterdam');
  await page.getByTestId('template-apply').click();
  await outcome.filter({ hasText: 'Amsterdam' }).waitFor();
  await page.getByTestId('template-current').filter({ hasText: 'Amsterdam' }).waitFor();
  assert.equal(await priority(page, 'sibling').isChecked(), false);
  assert.ok(await priority(page, 'hardship').isChecked());
  assert.ok(await page.locator('[data-testid=tie-breaking][value="single"]').isChecked());
  assert.ok(await page.getByTestId('lot-numbers').isChecked());
  assert.equal(await minimum(page, 'havo').inputValue(), '12');
  // Demo VO schools give sibling priority: the save is refused at the priority rules.
  await page.getByTestId('region-settings-save').click();
  const inUse = page.getByTestId('rules-priority-error');
  await inUse.waitFor();
  assert.match(await inUse.innerText(), /Amstelland Lyceum/);
  assert.match(await inUse.innerText(), /Broer of zus op school/);
  assert.equal(await page.getByTestId('priority-rules').getAttribute('aria-describedby'),
    'priority-rules-hint priority-rules-error');
  assert.equal((await outcome.innerText()).trim(), '');
  await assertAccessible(page, 'region settings, priority rule in use');
  // Nothing changed.
  await page.reload();
  await page.getByTestId('region-settings-form').waitFor();
  await page.getByTestId('template-current').filter({ hasText: 'Amstelland' }).waitFor();
  assert.ok(await priority(page, 'sibling').isChecked());
  assert.equal(await minimum(page, 'havo').inputValue(), '6');
  assert.ok(await page.locator('[data-testid=tie-breaking][value="multiple"]').isChecked());

  // The refusals this journey provoked (telephone, priority rule in use) were shown.
  assert.deepEqual(unexpected(page.errors, 422), []);

  // --- The registration week has begun: the rules are fixed, the contact details are not. ---
  await server.restart({ clock: IN_REGISTRATION_WEEK });
  const later = await newPage(browser);
  await openSettings(later);
  const fixed = later.getByTestId('rules-note');
  assert.equal(await fixed.getAttribute('data-state'), 'fixed');
  assert.match(await fixed.innerText(), /vast/);
  assert.match(await fixed.innerText(), /woensdag 25 maart 2026/);
  assert.equal(await minimum(later, 'havo').inputValue(), '6');
  assert.ok(await minimum(later, 'havo').isDisabled());
  assert.ok(await route(later, 'havo').getByTestId('route-select').isDisabled());
  assert.ok(await priority(later, 'sibling').isChecked());
  assert.ok(await priority(later, 'sibling').isDisabled());
  assert.ok(await later.getByTestId('rules-max').isDisabled());
  assert.ok(await later.getByTestId('lot-numbers').isDisabled());
  assert.ok(await later.locator('[data-testid=placement][value="deferred_acceptance"]').isDisabled());
  assert.ok(await later.getByTestId('template-select').isDisabled());
  assert.ok(await later.getByTestId('template-apply').isDisabled());
  assert.equal(await later.getByTestId('region-phone').isDisabled(), false);
  await assertAccessible(later, 'region settings, rules fixed');
  await later.getByTestId('region-phone').fill('020 765 4321');
  await save(later);
  assert.equal(await later.getByTestId('region-phone').inputValue(), '020 765 4321');
  assert.deepEqual(unexpected(later.errors), []);
});

test('a parent sees the region\'s contact details beside the primary school\'s', async () => {
  // The coordinator sets the e-mail address (contact details can change at any time).
  const token = await staffToken(server, server.account('coordinator'));
  const current = await server.api('/api/v1/region/settings', { token });
  assert.equal(current.status, 200, JSON.stringify(current.body));
  const { name, contact_phone, website, template, rules } = current.body;
  const saved = await server.api('/api/v1/region/settings', {
    token,
    method: 'PUT',
    body: { name, contact_email: REGION_EMAIL, contact_phone, website, template, rules },
  });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));

  const page = await newPage(browser);
  const parent = server.account('parent');
  await page.goto(`${server.url}/inloggen/ouder`);
  await page.getByTestId('parent-signin-elk').fill(parent.username);
  await page.getByTestId('parent-signin-password').fill(parent.password);
  await page.getByTestId('parent-signin-submit').click();
  await page.waitForURL(/\/ouder$/);
  await page.getByTestId('nav-parent-data').click();
  await page.waitForURL(/\/ouder\/gegevens$/);
  await page.getByTestId('school-contact').waitFor();
  const region = page.getByTestId('region-contact');
  await region.waitFor();
  assert.ok((await region.innerText()).includes(name), 'the region is named');
  const email = page.getByTestId('region-contact-email');
  assert.equal((await email.innerText()).trim(), REGION_EMAIL);
  assert.equal(await email.getAttribute('href'), `mailto:${REGION_EMAIL}`);
  await assertAccessible(page, 'the child\'s data with the region\'s contact details');
  assert.deepEqual(unexpected(page.errors), []);
});
