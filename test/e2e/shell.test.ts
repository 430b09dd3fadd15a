import type { Browser, Page } from 'playwright-core';
import { devSignIn, openPhone, screenshot } from './browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ browser, page } = await openPhone());
});
afterAll(() => browser.close());

describe('the mini-program shell on a phone-sized screen', () => {
  it('signs in with a demo account and shows the union and its services on 首页', async () => {
    await devSignIn(page, 'S1005');
    await expectText(page.getByTestId('home-union-name'), '新城区实验小学工会');
    for (const key of ['booking', 'counselling', 'help', 'clubs', 'survey', 'reception', 'notices']) {
      await page.getByTestId(`service-${key}`).waitFor();
    }
    await page.getByText('职工活动中心冬季开放时间调整').waitFor();
    await screenshot(page, 'home');
  });

  it('shows the member’s name and union on 我的', async () => {
    await page.getByText('我的', { exact: true }).last().click();
    await expectText(page.getByTestId('mine-name'), '张丽华');
    await expectText(page.getByTestId('mine-union'), '新城区实验小学工会');
    await screenshot(page, 'mine');
  });

  it('opens 消息 and lists the welcome message', async () => {
    await page.getByText('消息', { exact: true }).last().click();
    await page.getByTestId('messages-list').waitFor();
    await page.getByText('欢迎使用教职工之家').first().waitFor();
    await screenshot(page, 'messages');
  });

  it('shows a title bar with the page title and a back button in the browser, as WeChat does', async () => {
    await page.getByText('首页', { exact: true }).last().click();
    const bar = page.locator('#taro-navigation-bar');
    await expectText(bar, '教职工之家');
    await page.getByTestId('service-notices').last().click();
    await bar.getByText('工会公开').waitFor();
    await bar.locator('.taro-navigation-bar-back').click();
    await bar.getByText('教职工之家').waitFor();
    await page.getByTestId('home-union-name').last().waitFor();
  });
});

async function expectText(locator: ReturnType<Page['locator']>, text: string) {
  await locator.waitFor();
  expect(await locator.innerText()).toContain(text);
}
