import type { Browser, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { baseUrl, devSignIn, fill, openPhone, screenshot, visible } from './browser';

// 张丽华 (S1005) applies to join 合唱; its leader 赵心怡 (S1004) approves and creates a rehearsal
// through the form; 张丽华 signs up for it. Then 读书会's leader 刘芳 (S1006) shows the check-in code of
// 共读一小时 (seeded to start in a quarter of an hour), and 张丽华, signed up for it, scans it.
const MEMBER = 'S1005';
const LEADER = 'S1004';
const READING_LEADER = 'S1006';
const STAFF = 'S1002';

let member: { browser: Browser; page: Page };
let leader: { browser: Browser; page: Page };

beforeAll(async () => {
  member = await openPhone();
  leader = await openPhone();
});
afterAll(async () => {
  await member?.browser.close();
  await leader?.browser.close();
});

async function shot(page: Page, name: string) {
  await page.waitForTimeout(1600);
  await screenshot(page, name);
}

async function openClub(page: Page, name: string) {
  await visible(page, 'service-clubs').click();
  await visible(page, 'club-list').getByText(name, { exact: true }).click();
  await visible(page, 'club-events').waitFor();
}

describe('兴趣社团 on a phone-sized screen', () => {
  it('lets a member apply, the leader approve and create an event through the form, and the member sign up for it', async () => {
    await devSignIn(member.page, MEMBER);
    await visible(member.page, 'service-clubs').click();
    await visible(member.page, 'club-list').getByText('合唱', { exact: true }).waitFor();
    await shot(member.page, 'clubs-directory');
    await visible(member.page, 'club-list').getByText('合唱', { exact: true }).click();
    await visible(member.page, 'club-events').waitFor();
    await fill(member.page, 'club-reason', '喜欢唱歌，想参加元旦演出。');
    await visible(member.page, 'club-join').click();
    await visible(member.page, 'club-pending').waitFor();
    await shot(member.page, 'clubs-applied');

    await devSignIn(leader.page, LEADER);
    await openClub(leader.page, '合唱');
    const applications = visible(leader.page, 'club-applications');
    await applications.getByText('喜欢唱歌，想参加元旦演出。').waitFor();
    await shot(leader.page, 'clubs-leader-applications');
    // 高雪's earlier application stays waiting; only 张丽华's is approved.
    const mine = applications
      .locator('[data-testid^="application-"]')
      .filter({ hasText: '喜欢唱歌，想参加元旦演出。' });
    await mine.locator('[data-testid^="approve-"]').click();
    await mine.waitFor({ state: 'detached' });
    await applications.getByText('上学期参加过年级合唱，想继续唱。').waitFor();

    // The leader's Excel export downloads in the browser.
    const download = leader.page.waitForEvent('download');
    await visible(leader.page, 'club-tool-export').click();
    expect((await download).suggestedFilename()).toBe('合唱-成员与签到.xlsx');

    await visible(leader.page, 'club-tool-event-new').click();
    await visible(leader.page, 'event-form').waitFor();
    await fill(leader.page, 'event-title', '元旦合唱彩排');
    await fill(leader.page, 'event-description', '全体合唱，请穿白衬衫。');
    await shot(leader.page, 'clubs-event-form-top');
    await visible(leader.page, 'event-where-room').click();
    await visible(leader.page, 'event-room').waitFor();
    await shot(leader.page, 'clubs-event-form-room');
    await visible(leader.page, 'event-where-place').click();
    await fill(leader.page, 'event-place', '音乐教室（三楼）');
    await fill(leader.page, 'event-capacity', '30');
    await shot(leader.page, 'clubs-event-form');
    await visible(leader.page, 'event-submit').click();
    await visible(leader.page, 'event-leader').waitFor();
    await visible(leader.page, 'event-sign-ups').getByText('还没有人报名').waitFor();
    await shot(leader.page, 'clubs-event-leader');

    await member.page.reload();
    await visible(member.page, 'club-events').getByText('元旦合唱彩排').click();
    await visible(member.page, 'event-sign-up').click();
    await visible(member.page, 'event-my-status')
      .getByText(/您已报名成功/)
      .waitFor();
    await shot(member.page, 'clubs-signed-up');
  });

  it('checks a signed-up member in by the code the leader shows', async () => {
    // A phone of its own: the sign-in page sends a signed-in browser straight home.
    const reader = await openPhone();
    try {
      await devSignIn(reader.page, READING_LEADER);
      await openClub(reader.page, '读书会');

      // An announcement with a photo, through the form.
      await visible(reader.page, 'club-tool-announce').click();
      await fill(reader.page, 'announcement-body', '本周共读第一章，读完的老师可以先写几句感想，分享会上交流。');
      const chooser = reader.page.waitForEvent('filechooser');
      await visible(reader.page, 'photo-add').click();
      await (
        await chooser
      ).setFiles({
        name: '书影.png',
        mimeType: 'image/png',
        buffer: await QRCode.toBuffer('额尔古纳河右岸', { width: 240 }),
      });
      await reader.page.locator('.clubs-photo__img:visible img').first().waitFor();
      await shot(reader.page, 'clubs-announce-form');
      await visible(reader.page, 'announcement-submit').click();
      const announcements = visible(reader.page, 'club-announcements');
      await announcements.getByText(/本周共读第一章/).waitFor();
      await announcements.locator('.clubs-photo__img img').first().waitFor();
      await announcements.scrollIntoViewIfNeeded();
      await shot(reader.page, 'clubs-announcement');

      await visible(reader.page, 'club-events').getByText('共读一小时').click();
      await visible(reader.page, 'event-show-code').click();
      const codeView = visible(reader.page, 'event-code');
      await codeView.locator('img').first().waitFor();
      await shot(reader.page, 'clubs-event-code');
      const code = /签到码 ([A-Z0-9]+)/.exec(await codeView.innerText())![1]!;

      // 张丽华, still signed in from the first test, opens the address the code holds.
      await member.page.goto(`${baseUrl()}/#/packages/clubs/pages/check-in/index?scene=${code}`);
      await visible(member.page, 'check-in-done').getByText('签到成功').waitFor();
      await shot(member.page, 'clubs-checked-in');

      await visible(reader.page, 'event-code-refresh').click();
      await visible(reader.page, 'event-code-count').getByText('已到场 1 / 2 人').waitFor();
    } finally {
      await reader.browser.close();
    }
  });

  it('lets staff found a club and name its leader through the form', async () => {
    const staff = await openPhone();
    try {
      const { page } = staff;
      await devSignIn(page, STAFF);
      await visible(page, 'service-clubs').click();
      await visible(page, 'club-new').click();
      await fill(page, 'club-name', '太极拳');
      await fill(page, 'club-intro', '每周二、四早上 7:00 在操场练习二十四式太极拳，零基础可学。');
      await visible(page, 'club-policy-open').click();
      await fill(page, 'leader-search', 'S1007');
      await visible(page, 'leader-search-go').click();
      await visible(page, 'leader-results').getByText('选为负责人').click();
      await shot(page, 'clubs-club-form');
      await visible(page, 'club-submit').click();
      await visible(page, 'club-header').getByText('太极拳', { exact: true }).waitFor();
      await shot(page, 'clubs-club-created');
    } finally {
      await staff.browser.close();
    }
  });
});
