import type { Browser, Page } from 'playwright-core';
import { baseUrl, devSignIn, openPhone, shot, visible } from './browser';

// 李秀梅, staff of 新城区实验小学工会, imports two new teachers from a CSV file.
const STAFF = 'S1002';
const BRANCH = '语文教研组分工会';
const ROSTER = `姓名,工号,分工会,手机号,会籍状态\r\n方晓燕,S1101,${BRANCH},13912340001,在册\r\n韩博文,S1102,${BRANCH},13912340002,在册\r\n`;

let phone: { browser: Browser; page: Page };
beforeAll(async () => {
  phone = await openPhone();
});
afterAll(async () => {
  await phone?.browser.close();
});

async function pickRoster(page: Page, name: string, content: string) {
  const chooser = page.waitForEvent('filechooser');
  await visible(page, 'roster-import').click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
}

describe('工作台 on a phone-sized screen', () => {
  it('lets staff import a small roster after checking it, and see the new members in the list', async () => {
    const { page } = phone;
    await devSignIn(page, STAFF);
    await page.goto(`${baseUrl()}/#/pages/mine/index`);
    await visible(page, 'open-workbench').click();
    await visible(page, 'workbench-waiting').waitFor();
    await shot(page, 'admin-workbench');

    await visible(page, 'open-roster').click();
    await visible(page, 'roster-list').waitFor();

    // A file with a bad row is reported by row number and cannot be applied.
    await pickRoster(page, '名册-有误.csv', `${ROSTER}孔亮,S1103,英语组,1391234,在册\r\n`);
    await visible(page, 'import-problems').getByText('第 4 行（S1103）').waitFor();
    await visible(page, 'import-problems').getByText('手机号「1391234」不是 11 位手机号码；分工会「英语组」不存在').waitFor();
    await shot(page, 'admin-import-problems');
    await page.getByText('取消').last().click();

    await pickRoster(page, '名册.csv', ROSTER);
    await visible(page, 'import-report').getByText('将新增会员').waitFor();
    await shot(page, 'admin-import-dry-run');
    await visible(page, 'roster-confirm').click();

    await visible(page, 'roster-S1101').waitFor();
    await visible(page, 'roster-S1102').waitFor();
    await shot(page, 'admin-roster');
  });
});
