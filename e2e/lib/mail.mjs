// Reads the messages the real SMTP sink (aiosmtpd, started by scripts/test.sh) received into
// its Maildir, and waits for one to a given address: no fixed sleeps, a deadline.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';

export function smtpSink() {
  const url = process.env.OVERSTAP_TEST_SMTP_URL;
  const maildir = process.env.OVERSTAP_TEST_MAILDIR;
  if (!url || !maildir) {
    throw new Error('OVERSTAP_TEST_SMTP_URL and OVERSTAP_TEST_MAILDIR are not set: run the journeys through scripts/test.sh, which starts the SMTP sink');
  }
  return { url, maildir };
}

async function messagesTo(maildir, recipient) {
  const found = [];
  for (const folder of ['new', 'cur']) {
    let names = [];
    try { names = readdirSync(join(maildir, folder)); } catch { continue; }
    for (const name of names) {
      const raw = readFileSync(join(maildir, folder, name));
      // A placement run mails every parent: parse only messages that name the recipient.
      if (!raw.toString('latin1').toLowerCase().includes(recipient.toLowerCase())) continue;
      const parsed = await simpleParser(raw);
      parsed.file = name;
      const to = parsed.to?.value?.map((a) => a.address.toLowerCase()) ?? [];
      if (to.includes(recipient.toLowerCase())) found.push(parsed);
    }
  }
  return found;
}

/**
 * Waits until `count` messages to `recipient` (that `matching` accepts, when given) arrived,
 * then returns them all.
 */
export async function waitForMail(recipient, { count = 1, timeoutMs = 20_000, matching } = {}) {
  const { maildir } = smtpSink();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await messagesTo(maildir, recipient)).filter((m) => !matching || matching(m));
    if (found.length >= count) return found;
    if (Date.now() > deadline) throw new Error(`no e-mail to ${recipient} within ${timeoutMs} ms (found ${found.length})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Every message to `recipient` so far (each with its Maildir file name as `file`). */
export async function mailsTo(recipient) {
  return messagesTo(smtpSink().maildir, recipient);
}

export async function mailCount(recipient) {
  return (await messagesTo(smtpSink().maildir, recipient)).length;
}

/** How many messages the sink has received so far, to whomever. */
export function messageCount() {
  const { maildir } = smtpSink();
  let count = 0;
  for (const folder of ['new', 'cur']) {
    try { count += readdirSync(join(maildir, folder)).length; } catch { /* not created yet */ }
  }
  return count;
}

/** Waits until the sink has received no new message for `quietMs` (a burst is delivered). */
export async function waitForQuietSink({ quietMs = 3_000, timeoutMs = 120_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let count = messageCount();
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    if (Date.now() > deadline) throw new Error(`the sink still receives after ${timeoutMs} ms (${count})`);
    await new Promise((r) => setTimeout(r, 250));
    const now = messageCount();
    if (now !== count) [count, since] = [now, Date.now()];
  }
  return count;
}
