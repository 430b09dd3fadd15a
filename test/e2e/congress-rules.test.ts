import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, devSignIn, fill, openPhone, shot, visible } from './browser';
import { auditPage } from './page-audit';

// 李秀梅 (S1002), staff, raises the 附议人数 to 3. 张丽华 (S1005), a 代表, drafts a motion in the demo's
// collecting session and corrects the draft; 陈静 (S1003), 赵心怡 (S1004) and 王建国 (S1001), 代表 too, second it.
// Then 李秀梅 puts a picture on the demo's 财务预算 item of the 校务公开 board and 刘芳 (S1006) sees it.
const STAFF = 'S1002';
const PROPOSER = 'S1005';
const SECONDERS = ['S1003', 'S1004', 'S1001'];
const MEMBER = 'S1006';
const FIRST_TITLE = '教工食堂增加晚餐';
const TITLE = '教工食堂为晚自习老师增加晚餐';
const BUDGET = '年度学校财务预算';
// A 1×1 PNG: the server checks the bytes, not the name.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

// Several people sign in one after the other: many page loads per test.
jest.setTimeout(240_000);

let phone: { browser: Browser; page: Page } | undefined;
let motionUrl: string;

afterAll(async () => {
  await phone?.browser.close();
  // The demo's other browser tests count on the default rule: put it back whatever happened above.
  const login = await fetch(`${baseUrl()}/api/auth/dev-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ staffNo: STAFF }),
  });
  const { token } = (await login.json()) as { token: string };
  await fetch(`${baseUrl()}/api/congress/settings`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ secondersRequired: 2 }),
  });
});

const AXE = path.resolve(__dirname, '../../node_modules/axe-core/axe.min.js');
// As in accessibility.test.ts: Taro H5 has no landmarks and draws the page title outside the page.
const EXCUSED = ['region', 'landmark-one-main', 'page-has-heading-one'];

/** A new screen passes what every page must: 44×44 targets, no raw text, nothing serious for axe (WCAG AA). */
async function expectAccessible(page: Page) {
  expect(await auditPage(page)).toEqual([]);
  await page.addScriptTag({ path: AXE });
  const violations = (await page.evaluate(`axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, at: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) })))`)) as {
    id: string;
    impact: string;
    at: string[];
  }[];
  expect(
    violations.filter((v) => (v.impact === 'serious' || v.impact === 'critical') && !EXCUSED.includes(v.id)),
  ).toEqual([]);
}

async function phoneOf(staffNo: string) {
  await phone?.browser.close();
  phone = await openPhone();
  await devSignIn(phone.page, staffNo);
  return phone.page;
}

async function openMotionAs(staffNo: string) {
  const page = await phoneOf(staffNo);
  await page.goto(motionUrl);
  await page.reload();
  await visible(page, 'motion-card').waitFor();
  return page;
}

async function openBudgetAs(staffNo: string) {
  const page = await phoneOf(staffNo);
  await page.goto(`${baseUrl()}/#/packages/congress/pages/index/index?tab=disclosures`);
  await page.reload();
  const board = visible(page, 'disclosure-list');
  await board.waitFor();
  await board.locator('[data-testid^="disclosure-"]').filter({ hasText: BUDGET }).click();
  await visible(page, 'disclosure-card').waitFor();
  return page;
}

describe('the union’s 附议人数, a draft corrected, and 校务公开 attachments', () => {
  it('lets staff raise the 附议人数 to 3 on the manage page', async () => {
    const page = await phoneOf(STAFF);
    await visible(page, 'service-congress').click();
    await visible(page, 'congress-manage').click();
    const settings = visible(page, 'congress-settings');
    await settings.waitFor();
    expect(await settings.innerText()).toContain('附议人数（现为 2 人）');
    await visible(page, 'seconders-3').click();
    await visible(page, 'settings-save').click();
    await settings.getByText('附议人数（现为 3 人）').waitFor();
    expect(await visible(page, 'seconders-3').getAttribute('aria-checked')).toBe('true');
    await page.waitForTimeout(1500); // the 已保存 toast
    await settings.scrollIntoViewIfNeeded();
    await shot(page, 'congress-rules-settings');
    await expectAccessible(page);
  });

  it('lets a 代表 draft a motion and correct it while nobody has seconded it', async () => {
    const page = await phoneOf(PROPOSER);
    await visible(page, 'service-congress').click();
    await visible(page, 'motion-new').click();
    await visible(page, 'motion-form').waitFor();
    await fill(page, 'motion-title', FIRST_TITLE);
    await visible(page, 'motion-category-welfare').click();
    await fill(page, 'motion-reason', '晚自习老师六点到校，食堂五点半就停止供餐。');
    await fill(page, 'motion-proposal', '食堂晚上加开一个窗口。');
    await visible(page, 'motion-save').click();

    await visible(page, 'motion-page').waitFor();
    motionUrl = page.url();
    expect(await visible(page, 'motion-missing').innerText()).toContain('还需 3 位代表附议');

    await visible(page, 'motion-edit').click();
    await visible(page, 'motion-editor').waitFor();
    expect(await visible(page, 'motion-title').locator('input').inputValue()).toBe(FIRST_TITLE);
    await shot(page, 'congress-rules-edit');
    await expectAccessible(page);
    await fill(page, 'motion-title', TITLE);
    await fill(page, 'motion-proposal', '食堂在晚自习的日子 17:30–18:30 加开一个窗口，为值班老师供应晚餐。');
    await visible(page, 'motion-save').click();

    const card = visible(page, 'motion-card');
    await card.getByText(TITLE).waitFor();
    expect(await card.innerText()).toContain('17:30–18:30 加开一个窗口');
    expect(await card.innerText()).toContain('福利待遇');
    await page.waitForTimeout(1500); // the 已保存 toast
    await shot(page, 'congress-rules-edited');
  });

  it('needs three seconders before the proposer can submit, and the draft is then closed to edits', async () => {
    for (const staffNo of SECONDERS) {
      const page = await openMotionAs(staffNo);
      expect(await visible(page, 'motion-card').innerText()).toContain(TITLE);
      await visible(page, 'motion-second').click();
      await visible(page, 'motion-second').waitFor({ state: 'detached' });
    }
    const page = await openMotionAs(PROPOSER);
    expect(await visible(page, 'motion-card').innerText()).toContain('附议代表（3/3）');
    // Seconders agreed to the words as they stood: the proposer can no longer change them.
    expect(await page.locator('[data-testid="motion-edit"]:visible').count()).toBe(0);
    await visible(page, 'motion-submit').click();
    await visible(page, 'motion-card').getByText('待审查').waitFor();
    await shot(page, 'congress-rules-submitted');
  });

  it('lets staff put pictures on a 校务公开 item and take a wrong one back off', async () => {
    const page = await openBudgetAs(STAFF);
    const manager = visible(page, 'disclosure-attachments');
    await manager.waitFor();
    expect(await manager.innerText()).toContain('管理附件（0/5）');
    for (const name of ['预算收支总表.png', '拍错的照片.png']) {
      const chooser = page.waitForEvent('filechooser');
      await visible(page, 'attachment-add-picture').click();
      await (await chooser).setFiles({ name, mimeType: 'image/png', buffer: PNG });
      await manager.getByText(name).waitFor();
    }
    expect(await manager.innerText()).toContain('管理附件（2/5）');
    await page.waitForTimeout(1500); // the 已上传 toast
    await manager.scrollIntoViewIfNeeded();
    await shot(page, 'congress-rules-attachments');
    await expectAccessible(page);

    const wrong = manager.locator('[data-testid="disclosure-attachment-row"]').filter({ hasText: '拍错的照片.png' });
    await wrong.locator('[data-testid^="attachment-delete-"]').click();
    await page.locator('.taro-modal__content').getByText('教职工将看不到这个附件').waitFor();
    await shot(page, 'congress-rules-attachment-delete');
    await page.locator('.taro-model__confirm').click();
    await manager.getByText('拍错的照片.png').waitFor({ state: 'detached' });
    expect(await manager.innerText()).toContain('管理附件（1/5）');
  });

  it('shows a member the item with its attachment, without the staff controls', async () => {
    const page = await openBudgetAs(MEMBER);
    const card = visible(page, 'disclosure-card');
    const link = card.locator('[data-testid^="attachment-"]');
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute('aria-label')).toBe('打开附件 预算收支总表.png');
    expect(await page.locator('[data-testid="disclosure-attachments"]:visible').count()).toBe(0);
    await link.scrollIntoViewIfNeeded();
    await shot(page, 'congress-rules-member-attachment');
  });
});
