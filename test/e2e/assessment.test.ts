import type { Browser, Page } from 'playwright-core';
import { baseUrl, devSignIn, openPhone, shot, visible } from './browser';

// 周明 (Q0001) of the district opens this year's round, 李秀梅 (S1002), staff of 实验小学, fills two
// items (one filled in from the help desk's records) and submits; 周明 reviews and accepts; the
// roll-up shows it. Then 李秀梅 records a 住院慰问.
const DISTRICT = 'Q0001';
const STAFF = 'S1002';

let district: { browser: Browser; page: Page };
let staff: { browser: Browser; page: Page };

beforeAll(async () => {
  district = await openPhone();
  staff = await openPhone();
});
afterAll(async () => {
  await district?.browser.close();
  await staff?.browser.close();
});

/** The stored session's bearer token, for the one call the pages do not make (adapting the standard). */
async function token(page: Page): Promise<string> {
  const raw = await page.evaluate<string>("localStorage.getItem('jzgzj.session') ?? ''");
  return /\\?"token\\?":\\?"([^"\\]+)/.exec(raw)![1]!;
}

async function openWorkbenchEntry(page: Page, testId: string) {
  await page.goto(`${baseUrl()}/#/packages/admin/pages/index/index`);
  await visible(page, testId).click();
}

const TWO_ITEMS = {
  items: [
    {
      key: 'rig-3',
      area: '维权服务',
      title: '困难帮扶及时办结，定期回访，会员对办理结果满意',
      points: 10,
      evidence: '求助办理和回访记录',
      figure: 'help',
    },
    {
      key: 'org-1',
      area: '组织建设',
      title: '工会委员会班子健全、分工明确，配套组织活动正常',
      points: 5,
      evidence: '委员名单和分工',
      figure: null,
    },
  ],
};

describe('建家评家 and 送温暖 on a phone-sized screen', () => {
  let roundId = 0;
  let schoolId = 0;

  it('lets the district adapt its standard and open this year’s round', async () => {
    const { page } = district;
    await devSignIn(page, DISTRICT);
    const adapted = await page.evaluate(
      async ([url, bearer, body]) =>
        (
          await fetch(url, {
            method: 'PUT',
            headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' },
            body,
          })
        ).status,
      [`${baseUrl()}/api/assessment/standard`, await token(page), JSON.stringify(TWO_ITEMS)] as const,
    );
    expect(adapted).toBe(200);
    await openWorkbenchEntry(page, 'open-assessment');
    await visible(page, 'round-list').waitFor();
    await shot(page, 'assessment-rounds-district');
    await visible(page, 'open-round').click();
    await visible(page, 'rollup-totals').waitFor();
    // Two demo schools, and a third when assessment-pages.test.ts has run first and added one.
    expect(await visible(page, 'rollup-totals').innerText()).toMatch(/共 [23] 所学校，已提交 0 所/);
    roundId = Number(/roundId=(\d+)/.exec(page.url())![1]);
    await shot(page, 'assessment-rollup-opened');
  });

  it('lets the school fill two items, one with the app’s own figures, and submit', async () => {
    const { page } = staff;
    await devSignIn(page, STAFF);
    await openWorkbenchEntry(page, 'open-assessment');
    await visible(page, `round-${roundId}`).click();
    await visible(page, 'self-summary').waitFor();
    schoolId = Number(/schoolId=(\d+)/.exec(page.url())![1]);
    const figures = await visible(page, 'figures-rig-3').innerText();
    expect(figures).toContain('自动填入');
    expect(figures).toMatch(/已办结：\d+ 件/);
    await shot(page, 'assessment-self-figures');

    await visible(page, 'score-rig-3').locator('input').fill('9');
    await visible(page, 'evidence-rig-3').locator('textarea').fill('全年求助均在一周内答复，办结后逐一回访。');
    await visible(page, 'save-rig-3').click();
    await page.getByText('更新这一条').first().waitFor();
    await visible(page, 'score-org-1').locator('input').fill('4.5');
    await visible(page, 'evidence-org-1').locator('textarea').fill('工会委员会 7 人，经审会 3 人，女工委员会 5 人。');
    await visible(page, 'save-org-1').click();
    await page.getByText('自评合计 13.5 分').waitFor();
    await visible(page, 'leadership-good').click();
    await visible(page, 'save-leadership').click();
    await page.waitForTimeout(800);
    await visible(page, 'leadership').scrollIntoViewIfNeeded();
    await shot(page, 'assessment-self-filled');
    await visible(page, 'submit-self').click();
    await page.locator('[data-testid="self-status"]:visible', { hasText: '已提交，待评审' }).last().waitFor();
    expect(await page.locator('[data-testid="save-rig-3"]:visible').count()).toBe(0);
    await shot(page, 'assessment-self-submitted');
  });

  it('lets the district review and accept, and the roll-up shows the result', async () => {
    const { page } = district;
    await page.goto(`${baseUrl()}/#/packages/assessment/pages/rollup/index?roundId=${roundId}`);
    await visible(page, `rollup-school-${schoolId}`).click();
    await visible(page, 'review-panel').waitFor();
    await visible(page, 'review-score-rig-3').locator('input').fill('8');
    await visible(page, 'review-score-org-1').locator('input').fill('5');
    await visible(page, 'result-先进').click();
    await visible(page, 'review-comment').locator('input').fill('材料齐全，帮扶工作扎实。');
    await shot(page, 'assessment-review');
    await visible(page, 'review-accept').click();
    await page.locator('[data-testid="self-status"]:visible', { hasText: '已评定' }).last().waitFor();
    await page.goto(`${baseUrl()}/#/packages/assessment/pages/rollup/index?roundId=${roundId}`);
    // The page in the stack reloads when shown again: wait for the fresh roll-up.
    await page.locator(`[data-testid="rollup-school-${schoolId}"]:visible`, { hasText: '评定：先进' }).last().waitFor();
    const row = await visible(page, `rollup-school-${schoolId}`).innerText();
    expect(row).toContain('评定：先进');
    expect(row).toContain('自评 13.5 分 · 评审 13 分');
    expect(await visible(page, 'rollup-totals').innerText()).toContain('已评定 1 所');
    await shot(page, 'assessment-rollup-accepted');
  });

  it('lets staff record a 住院慰问', async () => {
    const { page } = staff;
    await openWorkbenchEntry(page, 'open-care');
    await visible(page, 'care-totals').waitFor();
    await shot(page, 'care-index');
    await visible(page, 'care-new').click();
    await visible(page, 'care-member-search').locator('input').fill('张丽华');
    await visible(page, 'care-member-find').click();
    await page.locator('[data-testid^="care-pick-"]:visible').first().click();
    await visible(page, 'care-kind-hospital').click();
    await visible(page, 'care-visitors').locator('input').fill('王建国、李秀梅');
    await visible(page, 'care-amount').locator('input').fill('500');
    await visible(page, 'care-gifts').locator('input').fill('水果、鲜花');
    await shot(page, 'care-record-form');
    await visible(page, 'care-save').click();
    await visible(page, 'care-records').getByText('张丽华 · 住院慰问').waitFor();
    await shot(page, 'care-recorded');
  });
});
