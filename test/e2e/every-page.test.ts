import type { Browser, Page } from 'playwright-core';
import { baseUrl, devSignIn, openPhone, screenshot } from './browser';
import { auditPage, type Finding } from './page-audit';

// Every page, opened by the role it is for, at 375×667 and again in 大字模式: no tap target under
// 44×44 CSS px, and no text that is a timestamp, a file key, undefined, null or NaN.
const P = (path: string) => `/packages/${path}`;
const PAGES: Record<string, { staffNo: string; pages: string[] }> = {
  member: {
    staffNo: 'S1006',
    pages: [
      '/pages/home/index',
      '/pages/messages/index',
      '/pages/mine/index',
      P('notices/pages/index/index'),
      P('notices/pages/index/index?category=rules'),
      P('booking/pages/index/index'),
      P('booking/pages/mine/index'),
      P('counselling/pages/index/index'),
      P('counselling/pages/history/index'),
      P('help/pages/index/index'),
      P('help/pages/new/index'),
      P('clubs/pages/index/index'),
      P('clubs/pages/index/index?mine=1'),
      P('survey/pages/index/index'),
      P('reception/pages/index/index'),
      P('reception/pages/index/index?tab=mine'),
      P('privacy/pages/index/index'),
    ],
  },
  staff: {
    staffNo: 'S1002',
    pages: [
      '/pages/home/index',
      P('admin/pages/index/index'),
      P('admin/pages/roster/index'),
      P('admin/pages/branches/index'),
      P('admin/pages/annual/index'),
      P('booking/pages/day/index'),
      P('booking/pages/approvals/index'),
      P('booking/pages/closures/index'),
      P('booking/pages/rooms/index'),
      P('booking/pages/usage/index'),
      P('booking/pages/suspensions/index'),
      P('booking/pages/series/index'),
      P('help/pages/queue/index'),
      P('help/pages/visits/index'),
      P('help/pages/settings/index'),
      P('reception/pages/desk/index'),
      P('reception/pages/summary/index'),
      P('reception/pages/publish/index'),
      P('survey/pages/manage/index'),
      P('notices/pages/publish/index'),
      P('counselling/pages/manage/index'),
      P('counselling/pages/stats/index'),
    ],
  },
  chair: {
    staffNo: 'S1001',
    pages: [
      '/pages/home/index',
      P('admin/pages/index/index'),
      P('admin/pages/audit/index'),
      P('reception/pages/desk/index'),
    ],
  },
  counsellor: {
    staffNo: 'S1004',
    pages: [
      '/pages/home/index',
      P('admin/pages/index/index'),
      P('counselling/pages/desk/index'),
      P('counselling/pages/schedule/index'),
    ],
  },
  district: {
    staffNo: 'Q0001',
    pages: ['/pages/home/index', '/pages/mine/index', P('admin/pages/index/index'), P('survey/pages/rollup/index')],
  },
};

let browser: Browser;
let page: Page;
beforeEach(async () => {
  ({ browser, page } = await openPhone());
});
afterEach(() => browser.close());

/** Opens a page straight from its address and lets its data arrive. */
async function open(path: string) {
  await page.goto(`${baseUrl()}/#${path}`);
  await page.locator('.taro_page:visible').last().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400);
}

async function sweep(role: string, largeText: boolean): Promise<string[]> {
  const problems: string[] = [];
  for (const path of PAGES[role]!.pages) {
    await open(path);
    const findings: Finding[] = await auditPage(page);
    for (const f of findings) problems.push(`${path}${largeText ? '（大字）' : ''} ${f.kind}: ${f.what}`);
    if (findings.length)
      await screenshot(page, `audit-${role}${largeText ? '-large' : ''}-${path.replace(/[^a-z0-9]+/gi, '-')}`);
  }
  return problems;
}

describe('every page, as the role it is for', () => {
  it.each(Object.keys(PAGES))(
    '%s: every tap target at least 44×44 and no raw values, also in 大字模式',
    async (role) => {
      await devSignIn(page, PAGES[role]!.staffNo);
      const problems = await sweep(role, false);
      await open('/pages/mine/index');
      await page.locator('[data-testid="large-text-switch"]:visible').last().click();
      problems.push(...(await sweep(role, true)));
      expect(problems).toEqual([]);
    },
    600000,
  );
});
