import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, devSignIn, fill, openPhone, shot, visible } from './browser';
import { auditPage } from './page-audit';

// The pages around a round, on the demo city's round of this year: 周明 (Q0001) of the district sees its
// unions and adds a school, adapts its standard and pairs its schools for 互查; 李秀梅 (S1002), staff of
// 实验小学, writes the 互查 comment, adds a photo and a PDF as evidence, and adds a 慰问类别.
const DISTRICT = 'Q0001';
const STAFF = 'S1002';
const NEW_SCHOOL = '新城区第三小学工会';

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

/** A small orange PNG, like a photographed notice board. */
function makePng(width = 60, height = 40): Buffer {
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([250, 157, 59]))]);
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const AXE = path.resolve(__dirname, '../../node_modules/axe-core/axe.min.js');
// As in accessibility.test.ts: Taro's H5 DOM has no landmarks, and the title bar is outside the page.
const EXCUSED = ['region', 'landmark-one-main', 'page-has-heading-one'];

/**
 * Takes the picture to look at, then checks the page in front: every tap target 44×44, no raw values,
 * and nothing serious or critical for axe (unnamed controls, contrast).
 */
async function look(page: Page, name: string) {
  await shot(page, name);
  expect(await auditPage(page)).toEqual([]);
  await page.addScriptTag({ path: AXE });
  const violations = (await page.evaluate(`axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    }).then((r) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id + ': ' + v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join('; ')))`)) as string[];
  expect(violations.filter((v) => !EXCUSED.includes(v.split(':')[0]!))).toEqual([]);
}

async function openWorkbenchEntry(page: Page, testId: string) {
  await page.goto(`${baseUrl()}/#/packages/admin/pages/index/index`);
  await visible(page, testId).click();
}

/** The demo city's round, as the 建家评家 list shows it to this account. */
async function cityRoundId(page: Page): Promise<number> {
  const cell = page.locator('[data-testid^="round-"]:visible', { hasText: '全市' }).last();
  return Number((await cell.getAttribute('data-testid'))!.replace('round-', ''));
}

describe('建家评家 settings, 互查, evidence and 慰问类别 on a phone-sized screen', () => {
  let roundId = 0;
  let pairedSchool = '';

  it('shows the district its unions and creates a school under it, once however often it is tapped', async () => {
    const { page } = district;
    await devSignIn(page, DISTRICT);
    await openWorkbenchEntry(page, 'open-unions');
    await visible(page, 'union-tree').waitFor();
    const tree = await visible(page, 'union-tree').innerText();
    expect(tree).toContain('新城区教育工会');
    expect(tree).toContain('新城区实验小学工会');
    expect(tree).not.toContain('江城市教育工会');
    await look(page, 'unions-tree');
    await fill(page, 'union-name', NEW_SCHOOL);
    await visible(page, 'union-new').scrollIntoViewIfNeeded();
    await look(page, 'unions-new-form');
    await visible(page, 'union-create').click();
    await visible(page, 'union-tree').getByText(NEW_SCHOOL).waitFor();
    await fill(page, 'union-name', NEW_SCHOOL);
    await visible(page, 'union-create').click();
    await page.waitForTimeout(1000);
    expect(await visible(page, 'union-tree').getByText(NEW_SCHOOL).count()).toBe(1);
  });

  it('lets the district change an item’s points and publish its standard', async () => {
    const { page } = district;
    await openWorkbenchEntry(page, 'open-assessment');
    await visible(page, 'round-list').waitFor();
    roundId = await cityRoundId(page);
    await visible(page, 'open-standard').click();
    await visible(page, 'std-summary').waitFor();
    expect(await visible(page, 'std-summary').innerText()).toContain('内置标准');
    await look(page, 'standard-top');
    const before = Number(/合计 (\d+) 分/.exec(await visible(page, 'std-total').innerText())![1]);
    await visible(page, 'std-points-0').locator('input').fill('12');
    await visible(page, 'std-publish').scrollIntoViewIfNeeded();
    await visible(page, 'std-publish').click();
    await visible(page, 'std-summary').getByText('本工会修订的标准').waitFor();
    expect(await visible(page, 'std-total').innerText()).not.toContain(`合计 ${before} 分`);
    await shot(page, 'standard-published');
  });

  it('lets the district pair its schools in turn for the city’s round', async () => {
    const { page } = district;
    await page.goto(`${baseUrl()}/#/packages/assessment/pages/index/index`);
    await visible(page, `open-peers-${roundId}`).click();
    await visible(page, 'peer-summary').waitFor();
    await look(page, 'peers-empty');
    await visible(page, 'peer-ring').click();
    expect(await visible(page, 'peer-pairs').innerText()).toContain('互查安排（3 对）');
    await visible(page, 'peer-save').click();
    await visible(page, 'peer-pairs').getByText('尚未填写互查意见').first().waitFor();
    await page.waitForFunction(() => !document.body.innerText.includes('安排有改动'));
    await look(page, 'peers-saved');
  });

  it('lets the school open the school it looks over and write its comment', async () => {
    const { page } = staff;
    await devSignIn(page, STAFF);
    await openWorkbenchEntry(page, 'open-assessment');
    await visible(page, `open-peers-${roundId}`).click();
    const target = page.locator('[data-testid^="peer-open-"]:visible').first();
    await target.waitFor();
    pairedSchool = (await target.innerText()).split('\n')[0]!;
    await look(page, 'peers-school');
    await target.click();
    await visible(page, 'peer-comment').waitFor();
    expect(await visible(page, 'self-summary').innerText()).toContain(pairedSchool);
    await fill(page, 'peer-comment-input', '台账齐全，会员代表大会记录完整；建议补充活动照片。');
    await visible(page, 'save-peer-comment').click();
    await visible(page, 'save-peer-comment').getByText('更新互查意见').waitFor();
    await visible(page, 'peer-comment').scrollIntoViewIfNeeded();
    await look(page, 'peers-comment');
  });

  it('lets the school add a photo and a PDF as evidence of an item, and remove one', async () => {
    const { page } = staff;
    await openWorkbenchEntry(page, 'open-assessment');
    await visible(page, `round-${roundId}`).click();
    await visible(page, 'files-org-1').waitFor();
    let chooser = page.waitForEvent('filechooser');
    await visible(page, 'add-photo-org-1').click();
    await (await chooser).setFiles({ name: '工会委员会名单.png', mimeType: 'image/png', buffer: makePng() });
    await visible(page, 'files-org-1').getByText('工会委员会名单.png').waitFor();
    chooser = page.waitForEvent('filechooser');
    await visible(page, 'add-pdf-org-1').click();
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    await (await chooser).setFiles({ name: '委员分工表.pdf', mimeType: 'application/pdf', buffer: pdf });
    await visible(page, 'files-org-1').getByText('委员分工表.pdf').waitFor();
    expect(await visible(page, 'files-org-1').innerText()).toContain('佐证材料（2 个）');
    await visible(page, 'files-org-1').scrollIntoViewIfNeeded();
    await look(page, 'self-evidence');
    await page.locator('[data-testid^="delete-file-"]:visible').last().click();
    await visible(page, 'files-org-1').getByText('佐证材料（1 个）').waitFor();
    expect(await visible(page, 'files-org-1').innerText()).not.toContain('委员分工表.pdf');
  });

  it('lets staff add a 慰问类别 of their own, counted under 节日慰问', async () => {
    const { page } = staff;
    await openWorkbenchEntry(page, 'open-care');
    await visible(page, 'care-kinds').click();
    await visible(page, 'kinds-intro').waitFor();
    await look(page, 'care-kinds');
    const count = await page.locator('[data-testid^="kind-label-"]:visible').count();
    await visible(page, 'kind-add').click();
    await fill(page, `kind-label-${count}`, '重阳节慰问');
    await visible(page, `kind-group-${count}-festival`).click();
    await visible(page, `kind-${count}`).scrollIntoViewIfNeeded();
    await look(page, 'care-kinds-new');
    await visible(page, 'kinds-save').click();
    // Saved: the new kind is no longer one that can be taken out again.
    await page.locator(`[data-testid="kind-remove-${count}"]`).waitFor({ state: 'detached' });
    await page.goto(`${baseUrl()}/#/packages/care/pages/record/index`);
    await page.locator('[data-testid^="care-kind-"]:visible', { hasText: '重阳节慰问' }).waitFor();
  });
});
