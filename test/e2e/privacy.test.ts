import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, devSignIn, openPhone, shot, visible } from './browser';

// 郑浩 (S2004) of 新城区第二中学工会 visited the chair's reception day and took part in the
// evaluation (demo data); he looks at what the app holds, downloads it and erases his account.
const MEMBER = 'S2004';

let phone: { browser: Browser; page: Page };
beforeAll(async () => {
  phone = await openPhone();
});
afterAll(async () => {
  await phone?.browser.close();
});

describe('个人信息与隐私 on a phone-sized screen', () => {
  it('shows a member what the app holds, lets them download it, and erases the account after a clear confirmation', async () => {
    const { page } = phone;
    await devSignIn(page, MEMBER);
    await page.goto(`${baseUrl()}/#/pages/mine/index`);
    await visible(page, 'open-privacy').click();
    const profile = visible(page, 'privacy-profile');
    await profile.getByText('郑浩').waitFor();
    await profile.getByText('139****2004').waitFor();
    expect(await visible(page, 'privacy-surveys').innerText()).toContain('已参加 1 次');
    await shot(page, 'privacy-overview');

    await visible(page, 'privacy-section-receptionAppointments').click();
    await visible(page, 'privacy-records').getByText('生活：教工宿舍热水供应').waitFor();
    await shot(page, 'privacy-records');

    const download = page.waitForEvent('download');
    await visible(page, 'privacy-download-json').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('我的个人信息.json');
    const saved = JSON.parse(fs.readFileSync((await file.path())!, 'utf8'));
    expect(saved.profile).toMatchObject({ name: '郑浩', staffNo: MEMBER, phone: '13900002004' });

    await visible(page, 'privacy-erase').click();
    await visible(page, 'erasure-notes').getByText('注销后会发生什么').waitFor();
    await shot(page, 'privacy-erase');
    // The button waits for the member to say they understood.
    expect(await visible(page, 'erase-confirm').getAttribute('aria-disabled')).toBe('true');
    await visible(page, 'erase-understood').click();
    await shot(page, 'privacy-erase-confirm');
    await visible(page, 'erase-confirm').click();
    await page.locator('.taro-modal__content').getByText('不能恢复').waitFor();
    await page.locator('.taro-model__confirm').click();
    await page.locator('.taro-modal__title').getByText('账号已注销').waitFor();
    await shot(page, 'privacy-erased');
    await page.locator('.taro-model__confirm').click();

    // Signed out, and the account is gone from the sign-in list.
    await page.getByTestId('dev-account-S1001').waitFor();
    expect(await page.getByTestId(`dev-account-${MEMBER}`).count()).toBe(0);
    expect(await page.evaluate('JSON.stringify(localStorage)')).not.toContain('郑浩');
    await shot(page, 'privacy-signed-out');
  });
});
