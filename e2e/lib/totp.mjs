// RFC 6238 one-time passwords (HMAC-SHA-1, 6 digits, 30 s steps), computed here independently
// of the server, as an authenticator app would: the same function as in two_step.test.mjs.
import { createHmac } from 'node:crypto';

/** The code of the base32 `secret` at the instant `at`. */
export function oneTimePassword(secret, at = new Date()) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secret.replace(/=+$/, '')) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at.getTime() / 1000 / 30)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, '0');
}
