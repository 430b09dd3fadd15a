import type { Browser, Page } from 'playwright-core';
import { devSignIn, fill, openPhone, shot, visible } from './browser';
import { ensureFreeReceptionToday } from './reception-today';

// 张丽华 books; 王建国, the chair of 新城区实验小学工会, receives her. The demo seeds a session today.
const MEMBER = 'S1005';
const CHAIR = 'S1001';

let member: { browser: Browser; page: Page };
let chair: { browser: Browser; page: Page };
let appointmentId: string;
let slotTime: string;

beforeAll(async () => {
  await ensureFreeReceptionToday(MEMBER, CHAIR);
  member = await openPhone();
  chair = await openPhone();
}, 12 * 60_000); // up to ten minutes of waiting for a new day, see ensureFreeReceptionToday
afterAll(async () => {
  await member?.browser.close();
  await chair?.browser.close();
});

async function openReception(page: Page) {
  await visible(page, 'service-reception').click();
  await visible(page, 'reception-tab-sessions').waitFor();
}

describe('工会主席接待日 on a phone-sized screen', () => {
  it('lets a member book a free slot in today’s session with a topic and a short description', async () => {
    const { page } = member;
    await devSignIn(page, MEMBER);
    await openReception(page);
    await visible(page, 'session-list').getByText('今天').first().waitFor();
    await shot(page, 'reception-sessions');

    await visible(page, 'session-list')
      .locator('[data-testid^="session-"]')
      .filter({ hasText: '今天' })
      .first()
      .click();
    const free = visible(page, 'slot-free').first();
    await free.waitFor();
    slotTime = (await free.locator('.slot-picker__time').innerText()).trim();
    await free.click();
    await visible(page, 'topic-rights').click();
    await fill(page, 'booking-description', '女教职工体检能否增加乳腺彩超');
    await shot(page, 'reception-book');
    await visible(page, 'booking-submit').click();

    await visible(page, 'member-visit').waitFor();
    appointmentId = new URL(page.url().replace('#', '')).searchParams.get('id') ?? '';
    expect(appointmentId).toMatch(/^\d+$/);
    const card = await visible(page, 'member-visit').innerText();
    expect(card).toContain('待接待');
    expect(card).toContain(slotTime);
    expect(card).toContain('女教职工体检能否增加乳腺彩超');
    await shot(page, 'reception-booked');
  });

  it('shows the chair the booking in 今日接待, in time order, and takes the visit to a reply', async () => {
    const { page } = chair;
    await devSignIn(page, CHAIR);
    await openReception(page);
    await visible(page, 'reception-desk-card').waitFor();
    await shot(page, 'reception-chair-home');
    await visible(page, 'open-today').click();

    const today = visible(page, 'today-list');
    await today.waitFor();
    const item = today.locator('[data-testid="appointment-item"]').filter({ hasText: '张丽华' });
    await item.waitFor();
    expect(await item.innerText()).toContain('女教职工体检能否增加乳腺彩超');
    const times = await today.locator('.appointment-item__title').allInnerTexts();
    expect([...times].sort()).toEqual(times);
    await shot(page, 'reception-today');

    await item.click();
    await visible(page, 'officer-visit').waitFor();
    await visible(page, 'mark-arrived').click();
    await fill(page, 'outcome-raised', '希望年度体检为女教职工增加乳腺彩超项目');
    // What she raised also needs the union's help: it becomes a help case she can follow.
    await visible(page, 'help-case-switch').click();
    await page.getByText('帮扶类别').last().waitFor();
    // Nothing is filed under 其他 by default: the chair chooses the category, the title is offered.
    expect(await visible(page, 'help-case-title').locator('input').inputValue()).toBe(
      '希望年度体检为女教职工增加乳腺彩超项目',
    );
    await visible(page, 'outcome-submit').click();
    await page.getByText('请选择帮扶类别').last().waitFor();
    await page.locator('[data-testid^="help-category-"]:visible').getByText('其他').click();
    await shot(page, 'reception-register');
    await visible(page, 'outcome-submit').click();
    await visible(page, 'reply-text').waitFor();
    await visible(page, 'help-case-link').waitFor();
    await shot(page, 'reception-handle');
    await fill(page, 'reply-text', '已与体检中心商定，今年起女教职工体检增加乳腺彩超。');
    await visible(page, 'reply-submit').click();
    await visible(page, 'visit-reply').waitFor();
    expect(await visible(page, 'officer-visit').innerText()).toContain('已答复');
    await shot(page, 'reception-replied');
  });

  it('lets the member read the reply from 消息 and rate it', async () => {
    const { page } = member;
    // A fresh start on 消息, as when the member opens the app from the WeChat message.
    await page.goto(`${page.url().split('#')[0]}#/pages/messages/index`);
    await page.reload();
    await page.getByText('您反映的问题已答复').first().click();
    await visible(page, 'member-visit').waitFor();
    expect(await visible(page, 'visit-reply').innerText()).toContain('今年起女教职工体检增加乳腺彩超');
    await shot(page, 'reception-reply-member');

    await visible(page, 'rating-satisfied').click();
    await visible(page, 'rating-submit').click();
    await visible(page, 'visit-rating').waitFor();
    expect(await visible(page, 'visit-rating').innerText()).toContain('满意');
    expect(await visible(page, 'member-visit').innerText()).toContain('已评价');
    await shot(page, 'reception-rated');
    await visible(page, 'help-case-link').click();
    // The case carries the title the chair confirmed (the first line of what was raised).
    await page.getByText('希望年度体检为女教职工增加乳腺彩超项目').last().waitFor();
    await shot(page, 'reception-help-case');
    await page.goBack();

    await page.goto(`${page.url().split('#')[0]}#/packages/reception/pages/index/index?tab=mine`);
    await page.reload();
    const mine = visible(page, 'my-appointments');
    await mine.locator('[data-testid="appointment-item"]').first().waitFor();
    expect(await mine.locator('[data-testid="appointment-item"]').first().innerText()).toContain('已评价');
    await shot(page, 'reception-mine');
  });

  it('shows the chair the week, the replies still due with the overdue one flagged, and the month in figures', async () => {
    const { page } = chair;
    await page.goBack();
    await visible(page, 'desk-tab-week').click();
    await visible(page, 'week-list').locator('[data-testid="session-block"]').first().waitFor();
    await shot(page, 'reception-week');

    await visible(page, 'desk-tab-follow-ups').click();
    const followUps = visible(page, 'follow-up-list');
    await followUps.getByText('答复逾期').first().waitFor();
    expect(await followUps.innerText()).toContain('已逾期');
    await shot(page, 'reception-follow-ups');

    await page.goBack();
    await visible(page, 'reception-desk-card').getByText('月度汇总').click();
    await visible(page, 'reception-summary').waitFor();
    expect(await visible(page, 'reception-summary').innerText()).toContain('按期答复率');
    await shot(page, 'reception-summary');

    await page.goBack();
    await visible(page, 'reception-desk-card').getByText('发布接待日').click();
    await visible(page, 'publish-sessions').waitFor();
    await shot(page, 'reception-publish');
  });
});
