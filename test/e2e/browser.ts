import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { testNow } from '../support/test-clock';

export const SHOTS_DIR = path.resolve(__dirname, '../../.tmp/screenshots');

/** Debian's Chromium, as a phone: 375×667 CSS pixels, touch, at 2× like most phones. */
export async function openPhone(): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const context = await browser.newContext({
    viewport: { width: 375, height: 667 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  // Run at a chosen instant (TEST_CLOCK_START), the phone's clock stands with the API's: the app
  // reads 今天 from it. Installed, the clock still runs on in real time.
  if (process.env.TEST_CLOCK_START) await context.clock.install({ time: testNow() });
  const page = await context.newPage();
  return { browser, page };
}

export const baseUrl = () => process.env.E2E_BASE_URL ?? `http://127.0.0.1:${process.env.E2E_PORT ?? 3917}`;

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`) });
}

/** Signs in on the H5 demo sign-in page by tapping a demo account. */
export async function devSignIn(page: Page, staffNo: string) {
  await page.goto(`${baseUrl()}/#/pages/login/index`);
  await page.getByTestId(`dev-account-${staffNo}`).click();
  await page.getByTestId('home-union-name').waitFor();
}

/**
 * The element with this test id on the page in front. Taro H5 keeps earlier pages of the stack in
 * the DOM, and one may still count as visible while the next slides in; the newest comes last.
 */
export const visible = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]:visible`).last();

/** Types into the input or textarea inside the form field with this test id. */
export async function fill(page: Page, testId: string, text: string) {
  await visible(page, testId).locator('textarea, input').first().fill(text);
}

/** Taro H5 slides a new page in: let it land before the picture is taken. */
export async function shot(page: Page, name: string) {
  await page.waitForTimeout(600);
  await screenshot(page, name);
}
