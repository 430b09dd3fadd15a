import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

export const SHOTS_DIR = path.resolve(__dirname, '../../.tmp/screenshots');

/** Debian's Chromium, as a phone: 375×667 CSS pixels, touch, at 2× like most phones. */
export async function openPhone(): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
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
