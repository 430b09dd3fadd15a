import type { FastifyBaseLogger } from 'fastify';
import QRCode from 'qrcode';
import { AppError } from '../errors';
import type { WechatClient } from './wechat';

const ENV_VERSIONS: Record<string, 'release' | 'trial' | 'develop'> = {
  formal: 'release',
  trial: 'trial',
  developer: 'develop',
};

/** The H5 build's address of a page that takes `scene`, as the mini-program code would open it. */
export function h5PageUrl(origin: string, page: string, scene: string): string {
  return `${origin.replace(/\/$/, '')}/#/${page}?scene=${encodeURIComponent(scene)}`;
}

/** A plain QR code of a URL, as PNG: what dev and H5 print instead of a mini-program code. */
export function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 480 });
}

/** The same QR code as SVG, which prints sharp at any size. */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** The code that opens a page with `scene`: WeChat's mini-program code, or the H5 address to draw as a plain QR. */
export type PageCode = { image: Buffer } | { url: string };

/**
 * The code a member scans to open `page` with `scene` (a check-in code). With a WeChat client
 * (outside dev mode) it is a mini-program code for the configured version, and a failing WeChat is
 * a 502; in dev and H5 it is the H5 page's address on `origin`, for a plain QR.
 */
export async function pageCode(p: {
  wechat: WechatClient | null;
  miniprogramState: string;
  origin: string;
  page: string;
  scene: string;
  log: FastifyBaseLogger;
}): Promise<PageCode> {
  if (!p.wechat) return { url: h5PageUrl(p.origin, p.page, p.scene) };
  try {
    const image = await p.wechat.getUnlimitedQrCode({
      scene: p.scene,
      page: p.page,
      checkPath: p.miniprogramState === 'formal',
      envVersion: ENV_VERSIONS[p.miniprogramState] ?? 'release',
    });
    return { image };
  } catch (error) {
    p.log.warn({ err: error }, 'getwxacodeunlimit failed');
    throw new AppError(502, 'WECHAT_UNAVAILABLE', '暂时无法从微信获取小程序码，请稍后再试');
  }
}

/** The page code as image bytes: WeChat's own, or a plain QR of the address as PNG. */
export const pageCodeImage = async (code: PageCode): Promise<Buffer> =>
  'image' in code ? code.image : qrPng(code.url);

/** A code for the poster: an image from WeChat, or a QR drawn as SVG. */
export type PosterCode = { image: Buffer } | { svg: string };

/** WeChat answers a mini-program code as JPEG or PNG; the bytes say which. */
export const imageType = (bytes: Buffer): 'image/jpeg' | 'image/png' =>
  bytes[0] === 0xff && bytes[1] === 0xd8 ? 'image/jpeg' : 'image/png';

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/**
 * A printable A4 poster (SVG, 210 × 297 mm) for the room's door: its name and location, the code,
 * and what to do: WeChat's code is embedded as an image, a plain QR as vector paths.
 */
export function posterSvg(p: { title: string; subtitle: string; code: PosterCode; lines: string[] }): string {
  const box = 'x="35" y="75" width="140" height="140"';
  const code =
    'image' in p.code
      ? `<image ${box} href="data:${imageType(p.code.image)};base64,${p.code.image.toString('base64')}"/>`
      : p.code.svg.replace(/^[\s\S]*?<svg /, `<svg ${box} `).trim();
  const font = `font-family="'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif"`;
  const lines = p.lines
    .map(
      (line, i) =>
        `<text x="105" y="${238 + i * 10}" font-size="6" text-anchor="middle" fill="#333" ${font}>${escapeXml(line)}</text>`,
    )
    .join('\n  ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="210mm" height="297mm" viewBox="0 0 210 297">
  <rect width="210" height="297" fill="#fff"/>
  <rect x="0" y="0" width="210" height="40" fill="#07c160"/>
  <text x="105" y="26" font-size="13" text-anchor="middle" fill="#fff" ${font}>${escapeXml(p.title)}</text>
  <text x="105" y="58" font-size="8" text-anchor="middle" fill="#555" ${font}>${escapeXml(p.subtitle)}</text>
  ${code}
  ${lines}
</svg>
`;
}
