import type { Browser, Page } from 'playwright-core';
import { baseUrl, devSignIn, fill, openPhone, shot, visible } from './browser';

// The demo's 第五届教代会第三次会议 is collecting. 张丽华 (S1005) is a 代表; 陈静 (S1003) and 赵心怡
// (S1004) are 代表 too and second her motion; 王建国 (S1001) sits on the 提案工作委员会; 李秀梅 (S1002)
// is staff; 刘芳 (S1006) is a member and objects to the 公示 on the 校务公开 board.
const TITLE = '高三年级办公室加装空调';

// Each step signs in as another person: several page loads per test.
jest.setTimeout(180_000);

let phone: { browser: Browser; page: Page } | undefined;
let motionUrl: string;

afterAll(async () => {
  await phone?.browser.close();
});

/** A fresh phone for the next person: the sign-in page lists demo accounts only when nobody is signed in. */
async function phoneOf(staffNo: string) {
  await phone?.browser.close();
  phone = await openPhone();
  await devSignIn(phone.page, staffNo);
  return phone.page;
}

/** Signs in as `staffNo` and opens the motion straight from its link, as from a message. */
async function openMotionAs(staffNo: string) {
  const page = await phoneOf(staffNo);
  await page.goto(motionUrl);
  await page.reload();
  await visible(page, 'motion-card').waitFor();
  return page;
}

describe('教代会提案 and 校务公开 on a phone-sized screen', () => {
  it('lets a 代表 draft a motion, which waits for two seconders', async () => {
    const page = await phoneOf('S1005');
    await visible(page, 'service-congress').click();
    await visible(page, 'congress-session').waitFor();
    expect(await visible(page, 'congress-session').innerText()).toContain('正在征集提案');
    await visible(page, 'motion-list').locator('[data-testid^="motion-"]').first().waitFor();
    await shot(page, 'congress-motions');

    await visible(page, 'motion-new').click();
    await visible(page, 'motion-form').waitFor();
    await fill(page, 'motion-title', TITLE);
    await visible(page, 'motion-category-campus').click();
    await fill(page, 'motion-reason', '高三办公室朝西，夏天下午室温超过 35 度，老师无法批改作业。');
    await fill(page, 'motion-proposal', '暑假期间为高三年级三间办公室加装空调。');
    await shot(page, 'congress-motion-new');
    await visible(page, 'motion-save').click();

    await visible(page, 'motion-page').waitFor();
    motionUrl = page.url();
    expect(await visible(page, 'motion-card').innerText()).toContain('征集附议');
    expect(await visible(page, 'motion-missing').innerText()).toContain('还需 2 位代表附议');
    await shot(page, 'congress-motion-draft');
  });

  it('takes the 附议 of two other 代表, then the proposer submits it', async () => {
    for (const staffNo of ['S1003', 'S1004']) {
      const page = await openMotionAs(staffNo);
      await visible(page, 'motion-second').click();
      await visible(page, 'motion-card')
        .getByText(staffNo === 'S1003' ? '陈静' : '赵心怡')
        .waitFor();
    }
    const page = await openMotionAs('S1005');
    expect(await visible(page, 'motion-card').innerText()).toContain('附议代表（2/2）');
    await visible(page, 'motion-submit').click();
    await visible(page, 'motion-card').getByText('待审查').waitFor();
    expect(await visible(page, 'motion-card').innerText()).toMatch(/第\d+号/);
    await shot(page, 'congress-motion-submitted');
  });

  it('lets the committee accept and assign it, staff record the reply, and the proposer rate it', async () => {
    let page = await openMotionAs('S1001');
    await visible(page, 'review-form').waitFor();
    await visible(page, 'review-accept').click();
    await page.locator('[data-testid^="department-"]:visible').first().click();
    await shot(page, 'congress-review');
    await visible(page, 'review-submit').click();
    await visible(page, 'motion-card').getByText('已立案 待答复').waitFor();
    expect(await visible(page, 'motion-card').innerText()).toContain('承办部门');

    page = await openMotionAs('S1002');
    await fill(page, 'reply-body', '总务处已将三间办公室的空调列入暑期维修计划，8月20日前安装完毕。');
    await visible(page, 'reply-submit').click();
    await visible(page, 'motion-reply-1').waitFor();
    expect(await visible(page, 'motion-card').innerText()).toContain('已答复 待评价');

    page = await openMotionAs('S1005');
    expect(await visible(page, 'motion-reply-1').innerText()).toContain('8月20日前安装完毕');
    await visible(page, 'rating-satisfied').click();
    await shot(page, 'congress-rating');
    await visible(page, 'rating-submit').click();
    await visible(page, 'motion-card').getByText('已办结').waitFor();
    expect(await visible(page, 'motion-reply-1').innerText()).toContain('提案人评价：满意');
    await shot(page, 'congress-motion-rated');
  });

  it('lets a member object to an item in its 公示期 on the 校务公开 board', async () => {
    const page = await phoneOf('S1006');
    await page.goto(`${baseUrl()}/#/packages/congress/pages/index/index?tab=disclosures`);
    await page.reload();
    const board = visible(page, 'disclosure-list');
    await board.waitFor();
    await shot(page, 'congress-disclosures');
    await board.locator('[data-testid^="disclosure-"]').filter({ hasText: '困难补助' }).click();
    await visible(page, 'disclosure-card').waitFor();
    await fill(page, 'objection-body', '名单中有一位老师本学期已调离本校，请核实。');
    await shot(page, 'congress-objection');
    await visible(page, 'objection-submit').click();
    await visible(page, 'objection-list').getByText('请核实').waitFor();
    expect(await visible(page, 'objection-list').innerText()).toContain('等待工会答复');
    await shot(page, 'congress-objected');
  });

  it('reaches every item of the 校务公开 board with 加载更多', async () => {
    const page = await phoneOf('S1006');
    const login = await fetch(`${baseUrl()}/api/auth/dev-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ staffNo: 'S1006' }),
    });
    const { token } = (await login.json()) as { token: string };
    const whole = (await (
      await fetch(`${baseUrl()}/api/disclosures?limit=100`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { items: { id: number }[] };
    expect(whole.items.length).toBeGreaterThan(2);
    // The demo publishes fewer items than a page: the board asks the real server two at a time
    // here, so the member has to page to see them all.
    await page.route(
      (url) => url.pathname === '/api/disclosures',
      (route) => {
        const url = new URL(route.request().url());
        url.searchParams.set('limit', '2');
        return route.continue({ url: url.toString() });
      },
    );
    await page.goto(`${baseUrl()}/#/packages/congress/pages/index/index?tab=disclosures`);
    await page.reload();
    const items = visible(page, 'disclosure-list').locator('[data-testid^="disclosure-"]');
    await items.nth(1).waitFor();
    expect(await items.count()).toBe(2);
    const more = visible(page, 'disclosures-more');
    expect(await more.innerText()).toContain('加载更多');
    await more.scrollIntoViewIfNeeded();
    await shot(page, 'congress-disclosures-more');
    let shown = 2;
    while (await more.isVisible()) {
      await more.click();
      await items.nth(shown).waitFor();
      shown = await items.count();
    }
    const end = page.getByText('没有更多了');
    await end.waitFor();
    await end.scrollIntoViewIfNeeded();
    await shot(page, 'congress-disclosures-all');
    const ids = await items.evaluateAll((cells) => cells.map((c) => c.getAttribute('data-testid')));
    expect(ids).toEqual(whole.items.map((d) => `disclosure-${d.id}`));
  });

  it('gives staff a page for the session, its 代表 and the 承办部门', async () => {
    const page = await phoneOf('S1002');
    await visible(page, 'service-congress').click();
    await visible(page, 'congress-manage').click();
    const delegates = visible(page, 'delegate-list');
    await delegates.getByText('张丽华').waitFor();
    expect(await delegates.innerText()).toContain('提案工作委员会');
    await shot(page, 'congress-manage');
  });

  it('shows the 校务公开 question of the evaluation against its 80% target', async () => {
    const page = await phoneOf('S1002');
    await visible(page, 'service-survey').click();
    await visible(page, 'survey-manage').click();
    await visible(page, 'staff-survey').first().click();
    const rate = visible(page, 'disclosure-rate');
    await rate.waitFor();
    await rate.scrollIntoViewIfNeeded();
    expect(await rate.innerText()).toMatch(/校务公开满意率 [\d.]+%（目标 80%，(已达到|未达到)）/);
    await shot(page, 'congress-survey-target');
  });
});
