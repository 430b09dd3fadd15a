import type { Browser, Page } from 'playwright-core';
import { baseUrl, devSignIn, fill, openPhone, shot, visible } from './browser';

// 李秀梅, staff of 新城区实验小学工会, imports two new teachers from a CSV file.
const STAFF = 'S1002';
// In 新城区第二中学工会, 孙丽 (staff) adds a 分工会 and 刘志强 (chair) reads it in the audit log.
const SCHOOL2_STAFF = 'S2002';
const SCHOOL2_CHAIR = 'S2001';
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
    await visible(page, 'import-problems')
      .getByText('手机号「1391234」不是 11 位手机号码；分工会「英语组」不存在')
      .waitFor();
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

  /** Another person on the same phone: the session of the one before is forgotten first. */
  async function signInAs(page: Page, staffNo: string) {
    await page.goto(`${baseUrl()}/#/pages/login/index`);
    await page.evaluate('localStorage.clear()');
    // A full reload, so that the app forgets the session it holds in memory too.
    await page.reload();
    await devSignIn(page, staffNo);
  }

  async function openWorkbench(page: Page) {
    await page.goto(`${baseUrl()}/#/pages/mine/index`);
    await visible(page, 'open-workbench').click();
    await visible(page, 'workbench-waiting').waitFor();
  }

  it('lets staff add a 分工会, refuses to remove one with members, and edit a member in full', async () => {
    const { page } = phone;
    await signInAs(page, SCHOOL2_STAFF);
    await openWorkbench(page);
    await visible(page, 'open-branches').click();
    await visible(page, 'branch-list').getByText('初中部分工会').waitFor();

    await fill(page, 'branch-new-name', '英语教研组分工会');
    await visible(page, 'branch-new-submit').click();
    await visible(page, 'branch-英语教研组分工会').waitFor();
    expect(await visible(page, 'branch-英语教研组分工会').innerText()).toContain('0 人');
    await shot(page, 'admin-branches');

    // A 分工会 with members cannot go: the refusal says how many and what to do instead.
    await visible(page, 'branch-初中部分工会').click();
    await page.locator('.taro-actionsheet__cell').getByText('删除').click();
    await page.locator('.taro-model__confirm').click();
    await page.locator('.taro-modal__content').getByText('请先把他们调到其他分工会，再删除').waitFor();
    await shot(page, 'admin-branch-refused');
    await page.locator('.taro-model__confirm').click();

    // The full member edit, from the roster.
    await page.goBack();
    await visible(page, 'open-roster').click();
    await visible(page, 'roster-S2010').click();
    await visible(page, 'member-save').waitFor();
    await fill(page, 'member-phone', '13900012010');
    await visible(page, 'member-role-counsellor').click();
    await shot(page, 'admin-member-edit');
    await visible(page, 'member-save').click();
    await visible(page, 'roster-S2010').getByText('心理咨询师').waitFor();
  });

  it('lets the chair filter the audit log and see the staff member’s change, and preview the year’s workbook', async () => {
    const { page } = phone;
    await signInAs(page, SCHOOL2_CHAIR);
    await openWorkbench(page);
    await visible(page, 'open-audit').click();
    await visible(page, 'audit-list').waitFor();
    await visible(page, 'audit-kind-branches').click();
    const list = visible(page, 'audit-list');
    await list.getByText('新建分工会').waitFor();
    await list.getByText('「英语教研组分工会」').waitFor();
    expect(await list.innerText()).toContain('孙丽');
    await shot(page, 'admin-audit');
    await visible(page, 'audit-kind-roles').click();
    await list.getByText('授予角色').waitFor();

    await page.goBack();
    await visible(page, 'open-annual').click();
    await visible(page, 'annual-sheets').getByText('按月统计').waitFor();
    await shot(page, 'admin-annual');
    const download = page.waitForEvent('download');
    await visible(page, 'annual-download').click();
    expect((await download).suggestedFilename()).toMatch(/^\d{4}年度建家材料\.xlsx$/);
  });
});
