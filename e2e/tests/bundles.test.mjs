// The SPA is three bundles (welcome, parent portal and staff, see frontend/README.md): a parent's
// first download is only the welcome bundle, precompressed; moving between the bundles keeps the
// session and works every way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { launch, newPage } from '../lib/browser.mjs';

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

/** Every .wasm/.js/.css response of the page, with its encoding and transferred size. */
function recordAssets(page) {
  const assets = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (!/\.(wasm|js|css)$/.test(url.pathname)) return;
    const headers = response.headers();
    assets.push({
      path: url.pathname,
      encoding: headers['content-encoding'] ?? 'identity',
      bytes: Number(headers['content-length'] ?? Number.NaN),
    });
  });
  return assets;
}

test('a parent opening the activation link downloads only the welcome bundle, brotli-compressed', async () => {
  const page = await newPage(browser);
  const assets = recordAssets(page);
  await page.goto(`${server.url}/activeren?token=not-a-real-token`);
  await page.getByTestId('invalid-link').waitFor();
  const paths = assets.map((a) => a.path);
  assert.ok(paths.some((p) => /^\/overstap-welcome-[^/]*_bg\.wasm$/.test(p)), `welcome wasm loaded: ${paths}`);
  assert.ok(!paths.some((p) => p.startsWith('/staff/') || p.startsWith('/portal/')), `no staff or portal asset: ${paths}`);
  for (const asset of assets) {
    assert.equal(asset.encoding, 'br', `${asset.path} sent as brotli`);
    assert.ok(Number.isFinite(asset.bytes) && asset.bytes > 0, `${asset.path} has a length`);
  }
  const total = assets.reduce((sum, a) => sum + a.bytes, 0);
  console.log(`parent first load: ${assets.length} assets, ${total} bytes transferred (brotli)`);
  assert.deepEqual(page.errors.filter((e) => !e.includes('410')), []);
});

test('a parent who signs in moves from the welcome bundle to the portal bundle and stays signed in', async () => {
  const page = await newPage(browser);
  const assets = recordAssets(page);
  const parent = server.account('parent');
  await page.goto(`${server.url}/inloggen/ouder`);
  await page.getByTestId('parent-signin-elk').fill(parent.username);
  await page.getByTestId('parent-signin-password').fill(parent.password);
  await page.getByTestId('parent-signin-submit').click();
  await page.waitForURL(`${server.url}/ouder`);
  await page.getByTestId('child-name').waitFor();
  const paths = assets.map((a) => a.path);
  assert.ok(paths.some((p) => /^\/overstap-welcome-[^/]*_bg\.wasm$/.test(p)), `welcome wasm first: ${paths}`);
  assert.ok(paths.some((p) => /^\/portal\/overstap-parent-[^/]*_bg\.wasm$/.test(p)), `portal wasm after sign-in: ${paths}`);
  // A reload of a portal page is served the portal bundle directly, still signed in.
  await page.reload();
  await page.getByTestId('child-name').waitFor();
  assert.deepEqual(page.errors, []);
});

test('the landing page leads to the school sign-in, which is the staff bundle', async () => {
  const page = await newPage(browser);
  const assets = recordAssets(page);
  await page.goto(`${server.url}/`);
  await page.getByTestId('landing-staff').click();
  await page.waitForURL(/\/inloggen\/school$/);
  await page.getByTestId('staff-signin-email').waitFor();
  assert.ok(assets.some((a) => /^\/staff\/overstap-staff-[^/]*_bg\.wasm$/.test(a.path)), 'staff wasm loaded');
  assert.deepEqual(page.errors, []);
});

test('a teacher who signs out lands on the landing page and is told so', async () => {
  const page = await newPage(browser);
  const teacher = server.account('po_staff', 0);
  await page.goto(`${server.url}/inloggen/school`);
  await page.getByTestId('staff-signin-email').fill(teacher.username);
  await page.getByTestId('staff-signin-password').fill(teacher.password);
  await page.getByTestId('staff-signin-submit').click();
  await page.waitForURL(/\/po$/);
  // The workspace has read what it shows: a request still under way when the session ends
  // would be refused (401), which is the sign-out working, not an error of the page.
  await page.getByTestId('pupil-row').first().waitFor();
  await page.getByTestId('sign-out').click();
  await page.waitForURL(new RegExp(`^${server.url}/$`));
  await page.getByTestId('signed-out-notice').waitFor();
  await page.getByTestId('landing-parent').waitFor();
  // A reload later is a new visit: the notice is not repeated.
  await page.reload();
  await page.getByTestId('landing-parent').waitFor();
  assert.equal(await page.getByTestId('signed-out-notice').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('a signed-in parent who opens a staff address is sent back to the parent portal', async () => {
  const page = await newPage(browser);
  const parent = server.account('parent');
  await page.goto(`${server.url}/inloggen/ouder`);
  await page.getByTestId('parent-signin-elk').fill(parent.username);
  await page.getByTestId('parent-signin-password').fill(parent.password);
  await page.getByTestId('parent-signin-submit').click();
  await page.getByTestId('child-name').waitFor();
  await page.goto(`${server.url}/po`);
  await page.waitForURL(`${server.url}/ouder`);
  await page.getByTestId('child-name').waitFor();
  assert.deepEqual(page.errors, []);
});
