import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type Detail, EXCUSED, ROLES } from './a11y-pages';
import { baseUrl, devSignIn, openPhone, screenshot, visible } from './browser';

// Run with: E2E_PORT=3928 E2E_H5_DIR=dist-h5 npx jest -c test/e2e/jest.config.js --runInBand test/e2e/accessibility

const AXE = path.resolve(__dirname, '../../node_modules/axe-core/axe.min.js');

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

let browser: Browser;
let page: Page;
afterEach(() => browser?.close());

async function signIn(staffNo: string) {
  ({ browser, page } = await openPhone());
  await devSignIn(page, staffNo);
}

/** Says yes to the 大字模式 offer 首页 makes right after the first sign-in. */
async function turnOnLargeText() {
  await page.goto(`${baseUrl()}/#/pages/home/index`);
  await visible(page, 'large-text-offer-yes').click();
  await page.locator('.ui-page--large').first().waitFor({ state: 'attached' });
  expect(await page.getByTestId('large-text-offer').count()).toBe(0);
}

/** The page in front, once its data has come in and its slide-in has settled. */
async function settle() {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(700);
}

/** Serious and critical problems axe finds in the page in front (Taro keeps earlier pages hidden). */
async function audit(where: string): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  // A string, so that this file needs no DOM typings.
  const violations = (await page.evaluate(`axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    }).then((r) => r.violations)`)) as Violation[];
  return violations
    .filter((v) => (v.impact === 'serious' || v.impact === 'critical') && !(v.id in EXCUSED))
    .map(
      (v) =>
        `${where}: ${v.id} (${v.help}) at ${v.nodes
          .slice(0, 3)
          .map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 2).join('')}`)
          .join('; ')}`,
    );
}

async function auditPages(paths: string[], label: string): Promise<string[]> {
  const problems: string[] = [];
  for (const p of paths) {
    await page.goto(`${baseUrl()}/#${p}`);
    await settle();
    problems.push(...(await audit(`${label} ${p}`)));
  }
  return problems;
}

/** Each detail page, reached by tapping the first item of its list; a list with none is a problem too. */
async function auditDetails(details: Detail[], label: string): Promise<string[]> {
  const problems: string[] = [];
  for (const d of details) {
    await page.goto(`${baseUrl()}/#${d.from}`);
    await settle();
    if (d.first) {
      await page.locator(`${d.first}:visible`).last().click();
      await settle();
    }
    const item = page.locator(`${d.pick}:visible`).first();
    // The list comes in after the page: wait for it, but not for ever.
    await item.waitFor({ timeout: 10_000 }).catch(() => undefined);
    if ((await item.count()) === 0) {
      problems.push(`${label} ${d.name}: nothing matching ${d.pick} on ${d.from}`);
      continue;
    }
    if (!(await tapToOpen(item))) {
      problems.push(`${label} ${d.name}: tapping ${d.pick} on ${d.from} opened nothing`);
      continue;
    }
    if (d.then) {
      const next = page.locator(`${d.then}:visible`).first();
      if ((await next.count()) === 0 || !(await tapToOpen(next))) {
        problems.push(`${label} ${d.name}: nothing matching ${d.then} opened from ${page.url().split('#')[1]}`);
        continue;
      }
    }
    problems.push(...(await audit(`${label} ${d.name} (${page.url().split('#')[1]})`)));
  }
  return problems;
}

/** Taps an item and waits for the page it opens; false if none opened. */
async function tapToOpen(item: ReturnType<Page['locator']>): Promise<boolean> {
  const before = page.url();
  await item.click();
  await page.waitForURL((url) => url.toString() !== before, { timeout: 10_000 }).catch(() => undefined);
  await settle();
  return page.url() !== before;
}

describe('every page, read by axe-core (WCAG 2.1 AA and best practice)', () => {
  for (const role of ROLES) {
    for (const large of [false, true]) {
      const label = `${role.who}${large ? ' 大字模式' : ''}`;
      it(`has no serious or critical problem for the ${label}`, async () => {
        await signIn(role.staffNo);
        if (large) await turnOnLargeText();
        const problems = await auditPages(role.pages, label);
        problems.push(...(await auditDetails(role.details, label)));
        expect(problems).toEqual([]);
      }, 480_000);
    }
  }

  it('names the booking and evaluation controls in Chinese, with their state, and lets the page zoom', async () => {
    for (const large of [false, true]) {
      if (large) await browser.close();
      await signIn('S1005');
      const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
      expect(viewport).not.toMatch(/user-scalable\s*=\s*no|maximum-scale\s*=\s*1(\D|$)/);
      if (large) await turnOnLargeText();
      const mode = large ? '-large' : '';
      await page.goto(`${baseUrl()}/#/pages/home/index`);
      await visible(page, 'home-union-name').waitFor();
      await settle();
      await screenshot(page, `a11y-home${mode}`);

      await visible(page, 'service-booking').click();
      await page.locator('[data-testid^="room-"]:visible').first().click();
      await settle();
      expect(await audit(`room${mode}`)).toEqual([]);
      await screenshot(page, `a11y-room${mode}`);

      await page.goto(`${baseUrl()}/#/pages/home/index`);
      await visible(page, 'service-survey').click();
      await visible(page, 'open-survey').first().click();
      await visible(page, 'answer-progress').waitFor();
      await settle();
      const score = page.locator('[data-testid="score-5"]:visible').first();
      await score.click();
      expect(await score.getAttribute('aria-checked')).toBe('true');
      expect(await score.getAttribute('role')).toBe('radio');
      expect(await score.getAttribute('aria-label')).toMatch(/5 分.*已选/);
      expect(await audit(`evaluation${mode}`)).toEqual([]);
      await screenshot(page, `a11y-evaluation${mode}`);
    }
  }, 240_000);
});
