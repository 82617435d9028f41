// The parent's first load, measured in Debian's Chromium against the real server: the bytes of
// HTML, JS, WASM and CSS as sent (brotli, and for a client that only accepts gzip), and first
// contentful paint on a phone profile (390×844, 4× CPU throttling), cold cache, median of runs.
// Usage: scripts/first-load.sh (builds nothing: needs frontend/dist and the server binary).
import { launch } from '../e2e/lib/browser.mjs';
import { startServer } from '../e2e/lib/server.mjs';

const RUNS = Number(process.env.FIRST_LOAD_RUNS ?? 5);
const PAGES = [
  ['/', 'landing-parent'],
  ['/inloggen/ouder', 'parent-signin-elk'],
];
// Lighthouse's mobile network ("slow 4G"): 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 };

const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
};

/** Loads `path` once in a fresh context; returns the bytes per asset and the FCP. */
async function load(browser, url, testid, { encoding, network } = {}) {
  const context = await browser.newContext({
    ...PHONE,
    ...(encoding ? { extraHTTPHeaders: { 'accept-encoding': encoding } } : {}),
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  const pending = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (!/(\.(wasm|js|css|json)|\/[^.]*)$/.test(path) || path.startsWith('/api/')) return;
    const encoding = response.headers()['content-encoding'] ?? 'identity';
    // The body's bytes as they came over the wire (compressed), whatever the headers say.
    pending.push(response.finished()
      .then(() => response.request().sizes())
      .then((sizes) => ({ path, encoding, bytes: sizes.responseBodySize })));
  });
  await page.goto(url);
  await page.getByTestId(testid).waitFor();
  await page.waitForLoadState('load');
  const assets = await Promise.all(pending);
  const fcp = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
  );
  await context.close();
  return { assets, fcp };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await startServer();
const browser = await launch();
try {
  for (const [path, testid] of PAGES) {
    const url = server.url + path;
    const br = await load(browser, url, testid);
    const gzip = await load(browser, url, testid, { encoding: 'gzip' });
    const sum = (r) => r.assets.reduce((total, a) => total + a.bytes, 0);
    console.log(`== ${path}`);
    for (const asset of br.assets) {
      const other = gzip.assets.find((a) => a.path === asset.path);
      console.log(`   ${asset.path.padEnd(48)} ${String(asset.bytes).padStart(8)} ${asset.encoding.padEnd(8)} ${String(other?.bytes ?? '?').padStart(8)} ${other?.encoding ?? ''}`);
    }
    console.log(`   first load: ${sum(br)} bytes as sent to a browser that accepts br; ${sum(gzip)} bytes gzip-only`);
    const fcps = [];
    const slow = [];
    for (let i = 0; i < RUNS; i += 1) {
      fcps.push((await load(browser, url, testid)).fcp);
      slow.push((await load(browser, url, testid, { network: SLOW_4G })).fcp);
    }
    console.log(`   FCP, phone, 4x CPU, local network: median ${median(fcps).toFixed(0)} ms (runs: ${fcps.map((v) => v.toFixed(0)).join(', ')})`);
    console.log(`   FCP, phone, 4x CPU, slow 4G (150 ms, 1.6 Mbit/s): median ${median(slow).toFixed(0)} ms (runs: ${slow.map((v) => v.toFixed(0)).join(', ')})`);
  }
} finally {
  await browser.close();
  await server.stop();
}
