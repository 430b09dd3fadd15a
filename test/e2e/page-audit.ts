/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Page } from 'playwright-core';

export interface Finding {
  kind: 'small-target' | 'raw-text';
  what: string;
}

/** 44×44 CSS px: WCAG 2.5.5's target size, and what a teacher over 50 can hit. */
export const MIN_TARGET = 44;

// What must never reach a member's eyes: an ISO timestamp, a stored file's key, a JavaScript
// value that was never filled in.
const RAW_TEXT: [string, RegExp][] = [
  ['ISO timestamp', /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/],
  ['raw file key', /\bfile-\d{10,}\b|\b[0-9a-f]{24,}\b|[\w-]+\/[\w-]+\/[0-9a-f-]{16,}/i],
  ['undefined', /\bundefined\b/],
  ['null', /\bnull\b/],
  ['NaN', /\bNaN\b/],
];

/**
 * Everything on the page in front that a member can tap but is smaller than 44×44, and any raw
 * text. A tappable element is one React gave an onClick (Taro H5 draws every View as a custom
 * element, so the props are the only sure sign), or a native form control.
 */
export async function auditPage(page: Page): Promise<Finding[]> {
  const found = await page.evaluate(
    ({ min, patterns }) => {
      const out: { kind: 'small-target' | 'raw-text'; what: string }[] = [];
      // Taro H5 keeps earlier pages in the DOM: only the one in front counts.
      const pages = [...document.querySelectorAll<HTMLElement>('.taro_page')].filter(
        (p) => getComputedStyle(p).display !== 'none',
      );
      const root = pages.at(-1) ?? document.body;
      const shown = (el: Element) => {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
      };
      const label = (el: Element) =>
        ((el as HTMLElement).innerText || el.getAttribute('aria-label') || el.getAttribute('data-testid') || el.tagName)
          .trim()
          .replace(/\s+/g, ' ')
          .slice(0, 30);
      const tappable = (el: Element) => {
        const key = Object.keys(el).find((k) => k.startsWith('__reactProps$'));
        const props = key ? (el as unknown as Record<string, { onClick?: unknown; onTap?: unknown }>)[key] : undefined;
        return (
          !!(props && (props.onClick || props.onTap)) ||
          el.matches('input:not([type=hidden]), textarea, taro-switch-core, taro-checkbox-core, taro-radio-core')
        );
      };
      const candidates = [...root.querySelectorAll('*'), ...document.querySelectorAll('.weui-tabbar__item')];
      for (const el of candidates) {
        if (!tappable(el) || !shown(el)) continue;
        const r = el.getBoundingClientRect();
        if (r.width < min - 0.5 || r.height < min - 0.5)
          out.push({ kind: 'small-target', what: `「${label(el)}」${Math.round(r.width)}×${Math.round(r.height)}` });
      }
      const text = root.innerText;
      for (const [name, source] of patterns) {
        const match = new RegExp(source.source, source.flags).exec(text);
        if (match)
          out.push({
            kind: 'raw-text',
            what: `${name}: …${text.slice(Math.max(0, match.index - 12), match.index + match[0].length + 12).replace(/\s+/g, ' ')}…`,
          });
      }
      return out;
    },
    {
      min: MIN_TARGET,
      patterns: RAW_TEXT.map(([name, re]) => [name, { source: re.source, flags: re.flags }] as const),
    },
  );
  return found;
}
