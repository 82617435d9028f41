// Accessibility checks with axe-core: the WCAG 2.0/2.1 A and AA rules on the page as it is now;
// a serious or critical violation fails the test with the rule, the help text and the elements.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function assertAccessible(page, label) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    // Evaluated through the DevTools protocol: the app's Content-Security-Policy (rightly) refuses
    // an injected inline <script>, and the test must not weaken the policy it runs under.
    await page.evaluate(readFileSync(AXE, 'utf8'));
  }
  const violations = await page.evaluate(async (tags) => {
    const results = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  }, TAGS);
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(blocking, [], `axe on ${label}: ${JSON.stringify(blocking, null, 2)}`);
  if (violations.length > 0 && process.env.AXE_VERBOSE) {
    console.log(`axe on ${label}: ${violations.map((v) => `${v.id} (${v.impact})`).join(', ')}`);
  }
  return violations;
}

/** No horizontal scrolling at the page's viewport width (e.g. a 360 px phone). */
export async function assertNoHorizontalScroll(page, label) {
  const { scrollWidth, width } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement.scrollWidth,
    width: window.innerWidth,
  }));
  assert.ok(scrollWidth <= width, `${label}: scrollWidth ${scrollWidth} > viewport ${width}`);
}
