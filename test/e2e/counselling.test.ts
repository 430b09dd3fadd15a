import type { Browser, Locator, Page } from 'playwright-core';
import { baseUrl, devSignIn, openPhone, screenshot } from './browser';

// 张丽华 has never used counselling: she reads the consent, agrees and asks 陈静 for a talk.
const MEMBER = 'S1005';
const COUNSELLOR = 'S1003';
const NOTE = '最近带毕业班压力很大，晚上睡不好，想找人聊聊。';

let member: { browser: Browser; page: Page };
let counsellor: { browser: Browser; page: Page };
let appointmentId = '';

beforeAll(async () => {
  member = await openPhone();
  counsellor = await openPhone();
});
afterAll(async () => {
  await member?.browser.close();
  await counsellor?.browser.close();
});

/** Taro H5 keeps earlier pages in the DOM, hidden: only the visible one counts. */
const visible = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]:visible`).first();

/** Taro H5 slides a new page in: let it land before the picture is taken. */
async function shot(page: Page, name: string) {
  await page.waitForTimeout(600);
  await screenshot(page, name);
}

/** The crisis lines stand at the top of every counselling page. */
async function expectHotlines(page: Page) {
  const bar = visible(page, 'hotline-bar');
  await bar.waitFor();
  const text = await bar.innerText();
  expect(text).toContain('12356');
  expect(text).toContain('12351');
}

/** Waits until the element shows every one of `texts` (a status changes after the server answers). */
async function expectText(locator: Locator, ...texts: string[]) {
  let filtered = locator;
  for (const t of texts) filtered = filtered.filter({ hasText: t });
  await filtered.waitFor();
}

async function openCounselling(page: Page) {
  await visible(page, 'service-counselling').click();
  await expectHotlines(page);
}

describe('心理咨询预约 on a phone-sized screen', () => {
  it('lets a member read the consent, agree, and book a session with 陈静', async () => {
    const { page } = member;
    await devSignIn(page, MEMBER);
    await openCounselling(page);
    await visible(page, 'counselling-welcome').waitFor();
    await shot(page, 'counselling-welcome');

    await visible(page, 'counselling-start').click();
    await expectHotlines(page);
    await expectText(visible(page, 'consent-text'), '我们会记录什么', '谁能看到', '保存多久', '怎样撤回');
    await shot(page, 'counselling-consent');
    await visible(page, 'consent-agree').click();

    await visible(page, 'counsellor-list').waitFor();
    await expectHotlines(page);
    await shot(page, 'counselling-home');
    await visible(page, 'counsellor-list').getByText('陈静').click();

    await expectText(visible(page, 'counsellor-card'), '陈静', '国家二级心理咨询师');
    await expectHotlines(page);
    await shot(page, 'counselling-counsellor');
    await visible(page, 'counsellor-book').click();

    await expectHotlines(page);
    const firstSlot = page.locator('[data-testid^="slot-20"]:visible').first();
    await firstSlot.waitFor();
    await firstSlot.click();
    await visible(page, 'mode-in_person').click();
    await page.locator('.cs-booking textarea:visible').first().fill(NOTE);
    await shot(page, 'counselling-book');
    await visible(page, 'booking-submit').click();

    await expectText(visible(page, 'appointment-status'), '待确认');
    await expectHotlines(page);
    appointmentId = new URL(page.url().replace('#', '')).searchParams.get('id') ?? '';
    expect(appointmentId).toMatch(/^\d+$/);
    expect(await page.locator('body').innerText()).toContain(NOTE);
    await shot(page, 'counselling-booked');
  });

  it('shows the request on 陈静’s desk, and she confirms it', async () => {
    const { page } = counsellor;
    await devSignIn(page, COUNSELLOR);
    await openCounselling(page);
    await visible(page, 'entry-desk').click();

    await expectHotlines(page);
    const item = visible(page, `desk-appointment-${appointmentId}`);
    await expectText(item, '张丽华', '面谈');
    await shot(page, 'counselling-desk');
    await item.click();

    await expectText(visible(page, 'appointment-status'), '待确认');
    expect(await page.locator('body').innerText()).toContain(NOTE);
    await visible(page, 'desk-confirm').click();
    await shot(page, 'counselling-desk-confirm');
    await visible(page, 'desk-confirm-send').click();
    await expectText(visible(page, 'appointment-status'), '已确认');
    await expectHotlines(page);
    await shot(page, 'counselling-desk-confirmed');
  });

  it('shows the member her appointment confirmed', async () => {
    const { page } = member;
    // Still signed in: back to 首页 as after a while away.
    await page.goto(`${baseUrl()}/#/pages/home/index`);
    await openCounselling(page);
    await expectText(visible(page, `my-appointment-${appointmentId}`), '已确认', '陈静');
    await shot(page, 'counselling-member-confirmed-list');
    await visible(page, `my-appointment-${appointmentId}`).click();
    await expectText(visible(page, 'appointment-status'), '已确认', '咨询师已确认');
    expect(await page.locator('body').innerText()).toContain('心理减压室');
    await shot(page, 'counselling-member-confirmed');
  });
});
