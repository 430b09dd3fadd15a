import type { Browser, Page } from 'playwright-core';
import { baseUrl, devSignIn, openPhone, screenshot, visible } from './browser';
import { auditPage } from './page-audit';

// Run with: E2E_PORT=3928 E2E_H5_DIR=dist-h5 E2E_SKIP_BUILD=1 npx jest -c test/e2e/jest.config.js --runInBand test/e2e/accessibility-screens
// Pictures of the main pages at 375×667, normal and 大字模式, to look at (.tmp/screenshots/a11y-*.png).
// 大字模式 must not push text out of its box: nothing on these pages may scroll sideways.

const MAIN: { name: string; staffNo: string; path: string }[] = [
  { name: 'home', staffNo: 'S1005', path: '/pages/home/index' },
  { name: 'mine', staffNo: 'S1005', path: '/pages/mine/index' },
  { name: 'messages', staffNo: 'S1005', path: '/pages/messages/index' },
  { name: 'booking', staffNo: 'S1005', path: '/packages/booking/pages/index/index' },
  { name: 'reception', staffNo: 'S1005', path: '/packages/reception/pages/index/index' },
  { name: 'help-new', staffNo: 'S1005', path: '/packages/help/pages/new/index' },
  { name: 'counselling', staffNo: 'S1005', path: '/packages/counselling/pages/index/index' },
  { name: 'clubs', staffNo: 'S1005', path: '/packages/clubs/pages/index/index' },
  { name: 'congress', staffNo: 'S1005', path: '/packages/congress/pages/index/index' },
  { name: 'workbench', staffNo: 'S1002', path: '/packages/admin/pages/index/index' },
  { name: 'help-queue', staffNo: 'S1002', path: '/packages/help/pages/queue/index' },
  { name: 'reception-desk', staffNo: 'S1001', path: '/packages/reception/pages/desk/index' },
];

let browser: Browser;
let page: Page;
afterEach(() => browser?.close());

/** How far the page in front is wider than the phone: text or a row pushed out of the screen. */
const overflow = () =>
  page.evaluate(`(() => {
    const pages = [...document.querySelectorAll('.taro_page')].filter((p) => getComputedStyle(p).display !== 'none');
    const root = pages.at(-1) ?? document.body;
    return Math.max(0, root.scrollWidth - window.innerWidth);
  })()`) as Promise<number>;

/** The computed font size, in CSS px, of the first element matching the selector. */
const fontSize = (selector: string) =>
  page.evaluate(
    `parseFloat(getComputedStyle(document.querySelector(${JSON.stringify(selector)})).fontSize)`,
  ) as Promise<number>;

describe('Taro’s own H5 title bar and tab bar', () => {
  it('are as large as WeChat draws them: a 17 px title, 14 px tab labels (not halved by pxtransform)', async () => {
    ({ browser, page } = await openPhone());
    await devSignIn(page, 'S1005');
    await page.locator('.weui-tabbar__label').first().waitFor();
    expect(await fontSize('.taro-navigation-bar-title')).toBeGreaterThanOrEqual(17);
    expect(await fontSize('.weui-tabbar__label')).toBeGreaterThanOrEqual(14);
    const bar = (await page.locator('#taro-navigation-bar').boundingBox())!;
    expect(bar.height).toBeGreaterThanOrEqual(44);
  });
});

describe('the main pages at 375×667', () => {
  for (const large of [false, true]) {
    const mode = large ? '-large' : '';
    it(`${large ? 'in 大字模式 ' : ''}fit the phone's width, with every target at least 44×44`, async () => {
      const problems: string[] = [];
      let signedIn = '';
      for (const shot of MAIN) {
        if (shot.staffNo !== signedIn) {
          await browser?.close();
          ({ browser, page } = await openPhone());
          await devSignIn(page, shot.staffNo);
          if (large) {
            await visible(page, 'large-text-offer-yes').click();
            await page.locator('.ui-page--large').first().waitFor({ state: 'attached' });
          }
          signedIn = shot.staffNo;
        }
        await page.goto(`${baseUrl()}/#${shot.path}`);
        await page.waitForLoadState('networkidle').catch(() => undefined);
        await page.waitForTimeout(700);
        await screenshot(page, `a11y-${shot.name}${mode}`);
        const wider = await overflow();
        if (wider > 1) problems.push(`${shot.name}${mode}: ${wider}px wider than the screen`);
        for (const f of await auditPage(page)) problems.push(`${shot.name}${mode}: ${f.kind} ${f.what}`);
      }
      expect(problems).toEqual([]);
    }, 240_000);
  }
});
