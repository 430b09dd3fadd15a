import type { Browser, Page } from 'playwright-core';
import { devSignIn, openPhone, shot, visible } from './browser';

// Each role, signed in from scratch, finds its own work on 首页 and the 工作台.
let browser: Browser;
let page: Page;

beforeEach(async () => {
  ({ browser, page } = await openPhone());
});
afterEach(() => browser.close());

const openWorkbench = async () => {
  await visible(page, 'home-open-workbench').click();
  await visible(page, 'workbench-waiting').or(page.locator('[data-testid^="tool-"]:visible').first()).first().waitFor();
};

describe('each role finds its work', () => {
  it('a counsellor sees the waiting request on 首页 and the 工作台, one tap from 咨询工作台', async () => {
    await devSignIn(page, 'S1004');
    const waiting = visible(page, 'home-waiting-counsellingRequests');
    expect(await waiting.innerText()).toContain('待确认的咨询申请');
    await visible(page, 'home-tool-counselling-desk').waitFor();
    await shot(page, 'role-counsellor-home');

    await openWorkbench();
    const item = visible(page, 'waiting-counsellingRequests');
    expect(await item.innerText()).toMatch(/待确认的咨询申请\s*1/);
    await visible(page, 'tool-counselling-schedule').waitFor();
    await shot(page, 'role-counsellor-workbench');
    await item.click();
    await visible(page, 'desk-list').waitFor();
  });

  it.each([
    ['chair', 'S1001'],
    ['staff', 'S1002'],
  ])(
    'the %s sees counts and desks first on 首页, and every staff tool grouped on the 工作台',
    async (role, staffNo) => {
      await devSignIn(page, staffNo);
      await visible(page, 'home-work').waitFor();
      await visible(page, 'home-tool-help-queue').waitFor();
      await visible(page, 'service-booking').waitFor();
      await shot(page, `role-${role}-home`);
      await openWorkbench();
      for (const key of [
        'booking-rooms',
        'booking-closures',
        'booking-series',
        'help-queue',
        'survey-manage',
        'clubs-manage',
        'reception-publish',
      ]) {
        await visible(page, `tool-${key}`).waitFor();
      }
      await shot(page, `role-${role}-workbench`);
    },
  );

  it('the district account lands on its roll-up, without member services it cannot use', async () => {
    await devSignIn(page, 'Q0001');
    const rollup = visible(page, 'home-rollup');
    expect(await rollup.innerText()).toContain('参评率');
    expect(await page.locator('[data-testid^="service-"]:visible').count()).toBe(0);
    await shot(page, 'role-district-home');
    await openWorkbench();
    await visible(page, 'tool-survey-rollup').waitFor();
    await shot(page, 'role-district-workbench');
    await page.locator('#taro-navigation-bar .taro-navigation-bar-back').click();
    await visible(page, 'home-open-rollup').click();
    await visible(page, 'rollup-totals').waitFor();
    await page.locator('#taro-navigation-bar .taro-navigation-bar-back').click();
    await page.getByText('我的', { exact: true }).last().click();
    await page.getByTestId('mine-name').waitFor();
    expect(await page.locator('[data-testid="mine-records"]:visible').count()).toBe(0);
  });

  it('a member finds each of their own lists on 我的', async () => {
    await devSignIn(page, 'S1005');
    expect(await page.locator('[data-testid="home-work"]:visible').count()).toBe(0);
    await shot(page, 'role-member-home');
    await page.getByText('我的', { exact: true }).last().click();
    const expected: [string, string][] = [
      ['mine-bookings', '我的预约'],
      ['mine-help', '我的求助'],
      ['mine-counselling', '我的咨询'],
      ['mine-clubs', '我的社团'],
      ['mine-reception', '我的接待'],
      ['mine-survey', '我的评议'],
    ];
    for (const [testId, title] of expected) expect(await visible(page, testId).innerText()).toContain(title);
    await shot(page, 'role-member-mine');
    await visible(page, 'mine-clubs').click();
    await visible(page, 'club-browse').waitFor();
    expect(await page.locator('[data-testid="club-search"]:visible').count()).toBe(0);
  });

  it('every pinned and older notice is reachable from 工会公开 → 工会动态', async () => {
    await devSignIn(page, 'S1005');
    const pinned = await visible(page, 'home-pinned').locator('.ui-cell__title').allInnerTexts();
    expect(pinned.length).toBeGreaterThan(0);
    await page.getByText('查看全部').last().click();
    const list = visible(page, 'notice-list');
    await list.locator('.ui-cell__title').first().waitFor();
    expect(await visible(page, 'tab-notice-news').getAttribute('class')).toContain('active');
    const listed = await list.locator('.ui-cell__title').allInnerTexts();
    for (const title of pinned) expect(listed).toContain(title);
    await shot(page, 'notices-news');
  });

  it('an incomplete evaluation names the first missing question, marks it and brings it into view', async () => {
    // 宋佳 (S2003) has not answered this year's evaluation; she answers question 1 and skips the rest.
    await devSignIn(page, 'S2003');
    await visible(page, 'service-survey').click();
    await visible(page, 'open-survey').first().click();
    await visible(page, 'answer-progress').waitFor();
    await shot(page, 'survey-answer-top');
    const first = visible(page, 'question-1');
    const bar = await visible(page, 'answer-progress').boundingBox();
    const q1 = await first.boundingBox();
    // The sticky progress bar sits above question 1, never over it.
    expect(q1!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height);
    expect(await visible(page, 'question-8').innerText()).not.toMatch(/可多选.*可多选/);

    await first.getByTestId('score-4').click();
    await visible(page, 'survey-submit').click();
    await page
      .getByText(/还有 \d+ 题没有作答，请先回答第 2 题/)
      .first()
      .waitFor();
    const second = visible(page, 'question-2');
    expect(await second.getByTestId('missing-note').innerText()).toContain('还没有作答');
    await page.waitForTimeout(500);
    const box = await second.boundingBox();
    const barNow = await visible(page, 'answer-progress').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(barNow!.y + barNow!.height - 1);
    expect(box!.y).toBeLessThan(667);
    await shot(page, 'survey-answer-missing');
  });
});
