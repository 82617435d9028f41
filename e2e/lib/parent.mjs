// Helpers for the parent portal journeys: a fresh parent login sent by the demo PO school, the
// links from its e-mails, and keyboard-only focus moves.
import assert from 'node:assert/strict';
import { waitForMail } from './mail.mjs';

/** Signs a staff account in through the API (once per account and server). */
const tokens = new WeakMap();
export async function staffToken(server, account) {
  if (!tokens.has(server)) tokens.set(server, new Map());
  const cache = tokens.get(server);
  if (!cache.has(account.username)) {
    const signIn = await server.api('/api/v1/auth/staff/sign-in', {
      method: 'POST',
      body: { email: account.username, password: account.password },
    });
    assert.equal(signIn.status, 200, JSON.stringify(signIn.body));
    cache.set(account.username, signIn.body.access_token);
  }
  return cache.get(account.username);
}

const used = new Set();

/**
 * A pupil of the first demo PO school with `advice` and a white dot (no twin), whose parent
 * login the school sends to a fresh address now. Returns the pupil, the address and the token
 * of the activation link from the e-mail the SMTP sink received.
 */
export async function sendParentLogin(server, { advice = 'havo', twin = false } = {}) {
  const teacher = server.account('po_staff', 0);
  const token = await staffToken(server, teacher);
  const list = (await server.api('/api/v1/school/pupils?status=wit', { token })).body.pupils;
  const pupil = list.find((p) => p.advice === advice && !used.has(p.id) && Boolean(p.twin_pupil_id) === twin);
  assert.ok(pupil, `a wit pupil with advice ${advice}`);
  used.add(pupil.id);
  const email = `ouder.${pupil.elk_number}.${Date.now()}@example.org`.toLowerCase();
  const sent = await server.api(`/api/v1/school/pupils/${pupil.id}/send-login`, {
    token, method: 'POST', body: { parent_email: email },
  });
  assert.equal(sent.status, 200, JSON.stringify(sent.body));
  const [mail] = await waitForMail(email);
  return { pupil, email, activationToken: linkToken(mail, 'activeren'), teacher };
}

/** The token of the `/path?token=…` link in an e-mail. */
export function linkToken(mail, path) {
  const found = mail.text.match(new RegExp(`/${path}\\?token=([0-9A-Za-z_-]+)`));
  assert.ok(found, `a /${path} link in: ${mail.text}`);
  return found[1];
}

/** Presses Tab (Shift+Tab backwards) until the focused element matches `selector`. */
export async function tabTo(page, selector, { backwards = false, max = 200 } = {}) {
  for (let i = 0; i < max; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The programme ids on the list, in order, as the page shows them. */
export async function shownList(page) {
  return page.getByTestId('list-entry').evaluateAll((rows) => rows.map((r) => r.dataset.programmeId));
}

/** Does `action` on the list page and waits until the change it makes has been saved. */
export async function change(page, action) {
  const status = page.getByTestId('save-status');
  const before = Number(await status.getAttribute('data-saved-count'));
  await action();
  await page.waitForFunction((count) => {
    const element = document.querySelector('[data-testid=save-status]');
    return Number(element.dataset.savedCount) > count && element.dataset.state === 'saved';
  }, before);
}

/** Console errors, without the refusals a journey provokes on purpose (e.g. a 422). */
export function unexpected(errors, ...statuses) {
  return errors.filter((e) => !statuses.some((status) => e.includes(`status of ${status}`)));
}
