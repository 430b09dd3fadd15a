import zlib from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { devSignIn, fill, openPhone, screenshot, visible } from './browser';

// 张丽华 asks for help with a photo; 李秀梅, staff of 新城区实验小学工会, accepts, replies and resolves it.
const MEMBER = 'S1005';
const STAFF = 'S1002';
const TITLE = '父亲做心脏支架手术，费用压力大';
const REPLY = '张老师您好，已收到您的材料，符合大病救助条件，我们本周报区教育工会审批。';

/** A small PNG made here: an orange 120×90 picture with a white stripe, like a photographed receipt. */
function makePng(width = 120, height = 90): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x += 1) {
      const stripe = y > 35 && y < 55;
      row.set(stripe ? [255, 255, 255] : [250, 157, 59], 1 + x * 3);
    }
    rows.push(row);
  }
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
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

let member: { browser: Browser; page: Page };
let staff: { browser: Browser; page: Page };

beforeAll(async () => {
  member = await openPhone();
  staff = await openPhone();
});
afterAll(async () => {
  await member?.browser.close();
  await staff?.browser.close();
});

async function openHelp(page: Page) {
  await visible(page, 'service-help').click();
  await visible(page, 'help-new').waitFor();
}

/** Every visible <img> inside the test id has loaded real pixels (the temporary link worked). */
async function imagesLoaded(page: Page, testId: string) {
  const images = page.locator(`[data-testid="${testId}"]:visible img`);
  await images.first().waitFor();
  type Img = { complete: boolean; naturalWidth: number };
  for (let tries = 0; tries < 60; tries += 1) {
    if (
      await images.evaluateAll((all) =>
        all.every((img) => (img as unknown as Img).complete && (img as unknown as Img).naturalWidth > 0),
      )
    )
      return;
    await page.waitForTimeout(250);
  }
  throw new Error(`images in ${testId} did not load`);
}

/** Waits for the case page's status tag to read `label`. */
const statusIs = (page: Page, label: string) =>
  page
    .locator('[data-testid="help-header"]:visible [data-testid="help-status"]')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .waitFor();

/** A screenshot once the page's slide-in and any toast are over. */
async function shot(page: Page, name: string) {
  await page.waitForTimeout(1600);
  await screenshot(page, name);
}

/** Taro H5 scrolls inside the page element, not the window: bring the case header into view. */
const scrollToTop = (page: Page) =>
  visible(page, 'help-header').evaluate((el) => (el as unknown as { scrollIntoView(): void }).scrollIntoView());

describe('困难帮扶 on a phone-sized screen', () => {
  it('lets a member submit a case with a photo and see it taken in', async () => {
    const { page } = member;
    await devSignIn(page, MEMBER);
    await openHelp(page);
    await visible(page, 'help-my-list').getByText('母亲住院，医疗费用压力大').waitFor();
    await shot(page, 'help-index');

    await visible(page, 'help-new').click();
    await page.locator('[data-testid^="help-category-"]:visible', { hasText: '大病医疗' }).click();
    await fill(page, 'help-title', TITLE);
    await fill(
      page,
      'help-description',
      '父亲上月做了心脏支架手术，医保报销后自付四万多元，家里还有房贷，想申请工会大病救助。',
    );
    await visible(page, 'help-urgency-urgent').click();
    await visible(page, 'help-contact-phone').click();
    await shot(page, 'help-form');
    const chooser = page.waitForEvent('filechooser');
    await visible(page, 'help-file-add').click();
    await (await chooser).setFiles({ name: '住院费用清单.png', mimeType: 'image/png', buffer: makePng() });
    await visible(page, 'help-file').first().waitFor();
    await imagesLoaded(page, 'help-files');
    await shot(page, 'help-new');

    await visible(page, 'help-submit').click();
    await visible(page, 'help-header').getByText(TITLE).waitFor();
    expect(await visible(page, 'help-header').innerText()).toContain('待受理');
    await visible(page, 'help-file').first().waitFor();
    await imagesLoaded(page, 'help-files');
    expect(await visible(page, 'help-timeline').innerText()).toContain('上传附件');
    await shot(page, 'help-submitted');
  });

  it('lets staff find it in the queue, accept it, reply and resolve it', async () => {
    const { page } = staff;
    await devSignIn(page, STAFF);
    await openHelp(page);
    await visible(page, 'help-open-queue').click();
    await visible(page, 'help-summary').waitFor();
    const item = visible(page, 'help-queue').locator('[data-testid="help-queue-item"]', { hasText: TITLE });
    await item.waitFor();
    expect(await item.innerText()).toContain('张丽华');
    await shot(page, 'help-queue');

    await item.click();
    await visible(page, 'help-header').getByText(TITLE).waitFor();
    await imagesLoaded(page, 'help-files');
    await visible(page, 'help-accept').click();
    await visible(page, 'help-handler-confirm').click();
    await statusIs(page, '已受理');

    await fill(page, 'help-reply', REPLY);
    await visible(page, 'help-reply-submit').click();
    await visible(page, 'help-timeline').getByText(REPLY).waitFor();
    expect(await visible(page, 'help-header').innerText()).toContain('处理中');
    await scrollToTop(page);
    await shot(page, 'help-case-in-progress');

    await fill(page, 'help-note', '已电话核实，医疗费用票据齐全。');
    await visible(page, 'help-note-submit').click();
    await visible(page, 'help-timeline').getByText('仅办理人可见').waitFor();

    await visible(page, 'help-resolve').click();
    await fill(page, 'help-resolve-form', '经工会委员会研究，发放大病救助金 5000 元，已转入工资卡。');
    // 回访 is one choice: tapping 只在 30 天后 selects it, and only it.
    await visible(page, 'help-follow-up-d30').click();
    expect(await visible(page, 'help-follow-up-d30').getAttribute('class')).toContain('ui-chips__chip--on');
    expect(await page.locator('[data-testid^="help-follow-up-"].ui-chips__chip--on:visible').count()).toBe(1);
    await visible(page, 'help-resolve-submit').click();
    await statusIs(page, '已办结');
    await scrollToTop(page);
    await shot(page, 'help-case-staff');
  });

  it('lets the member read the reply, without the internal note, and rate it', async () => {
    const { page } = member;
    await page.goto(`${page.url().split('#')[0]}#/pages/messages/index`);
    await page.getByText('您的求助已办结').first().click();
    await statusIs(page, '已办结');
    const timeline = await visible(page, 'help-timeline').innerText();
    expect(timeline).toContain(REPLY);
    expect(timeline).not.toContain('已电话核实');
    expect(await visible(page, 'help-outcome').innerText()).toContain('发放大病救助金 5000 元');
    await visible(page, 'help-rating').scrollIntoViewIfNeeded();
    await shot(page, 'help-reply-member');

    await visible(page, 'help-rating-satisfied').click();
    await fill(page, 'help-rating', '谢谢工会，办得很快');
    await visible(page, 'help-rating-submit').click();
    await visible(page, 'help-my-rating').waitFor();
    expect(await visible(page, 'help-my-rating').innerText()).toContain('满意');
    expect(await visible(page, 'help-header').innerText()).toContain('已关闭');
    await scrollToTop(page);
    await shot(page, 'help-rated');
  });
});
