import type { Browser, Page } from 'playwright-core';
import { devSignIn, fill, openPhone, screenshot, visible } from './browser';

// 张丽华 (S1005) applies to join 合唱; its leader 赵心怡 (S1004) approves; 张丽华 signs up for the rehearsal.
const MEMBER = 'S1005';
const LEADER = 'S1004';

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

async function openChoir(page: Page) {
  await visible(page, 'service-clubs').click();
  await visible(page, 'club-list').getByText('合唱', { exact: true }).click();
  await visible(page, 'club-events').waitFor();
}

describe('兴趣社团 on a phone-sized screen', () => {
  it('lets a member apply, the leader approve, and the member sign up for an event', async () => {
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
    await openChoir(leader.page);
    const applications = visible(leader.page, 'club-applications');
    await applications.getByText('喜欢唱歌，想参加元旦演出。').waitFor();
    await shot(leader.page, 'clubs-leader-applications');
    // 高雪's earlier application stays waiting; only 张丽华's is approved.
    const mine = applications.locator('.ui-cell').filter({ hasText: '喜欢唱歌，想参加元旦演出。' });
    await mine.locator('[data-testid^="approve-"]').click();
    await mine.waitFor({ state: 'detached' });
    await applications.getByText('上学期参加过年级合唱，想继续唱。').waitFor();

    await member.page.reload();
    await visible(member.page, 'club-events').getByText('元旦合唱排练').click();
    await visible(member.page, 'event-sign-up').click();
    await visible(member.page, 'event-my-status').getByText('您已报名成功').waitFor();
    await shot(member.page, 'clubs-signed-up');
  });
});
