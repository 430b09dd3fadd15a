import fs from 'node:fs';
import path from 'node:path';
import { COLORS } from '../../src/lib/colors';

const SRC = path.resolve(__dirname, '../../src');
const APP_CSS = path.join(SRC, 'app.css');
const COLORS_TS = path.join(SRC, 'lib/colors.ts');
const COLOR_LITERAL = /#[0-9a-fA-F]{3,8}\b|rgba?\([^)]*\)|hsla?\([^)]*\)/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(css|tsx?)$/.test(e.name) ? [full] : [];
  });
}

// Comments may name a colour ("white panels on #ededed"); only code counts.
const stripComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

/** The `--color-*` variables of app.css, from its one token block. */
function cssTokens(): Map<string, string> {
  const css = stripComments(fs.readFileSync(APP_CSS, 'utf8'));
  return new Map([...css.matchAll(/--color-([a-z-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim().toLowerCase()]));
}

function luminance(hex: string): number {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  const [r, g, b] = [0, 2, 4]
    .map((i) => parseInt(full.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('colour tokens', () => {
  const tokens = cssTokens();
  const token = (name: string) => {
    const value = tokens.get(name);
    if (!value) throw new Error(`app.css has no --color-${name}`);
    return value;
  };

  it('keeps every colour literal in app.css’s token block or colors.ts', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(SRC)) {
      if (file === COLORS_TS) continue;
      let code = stripComments(fs.readFileSync(file, 'utf8'));
      // app.css may hold literals only where it declares the tokens.
      if (file === APP_CSS) code = code.replace(/--color-[a-z-]+:\s*[^;]+;/g, '');
      for (const [i, line] of code.split('\n').entries()) {
        for (const lit of line.match(COLOR_LITERAL) ?? [])
          offenders.push(`${path.relative(SRC, file)}:${i + 1} ${lit}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('gives colors.ts the same values as the CSS variables', () => {
    for (const [name, value] of Object.entries(COLORS)) {
      const cssName = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      expect(`${cssName} ${token(cssName)}`).toBe(`${cssName} ${value}`);
    }
  });

  it('reaches WCAG AA (4.5:1) for every text colour on every background it is used on', () => {
    const texts = [
      'text',
      'text-secondary',
      'text-tertiary',
      'link',
      'brand-strong',
      'brand-deep',
      'danger-strong',
      'danger-deep',
      'warning-strong',
      'warning-deep',
      'info-strong',
      'calm-strong',
      'calm-deep',
      'rose-strong',
    ];
    const grounds = [
      'surface',
      'page',
      'surface-muted',
      'surface-sunken',
      'brand-soft',
      'brand-softer',
      'danger-soft',
      'warning-soft',
      'info-soft',
      'calm-soft',
    ];
    const failing = texts
      .flatMap((t) => grounds.map((g) => ({ pair: `${t} on ${g}`, ratio: contrast(token(t), token(g)) })))
      .filter((p) => p.ratio < 4.5);
    expect(failing).toEqual([]);
  });

  it('keeps white text readable on every filled button and tag', () => {
    for (const fill of [
      'brand-strong',
      'brand-pressed',
      'brand-deep',
      'danger-strong',
      'warning-strong',
      'info-strong',
      'calm-strong',
      'rose-strong',
    ]) {
      expect({ fill, ok: contrast(token('text-on-fill'), token(fill)) >= 4.5 }).toEqual({ fill, ok: true });
    }
    // The 首页 tiles carry a 22 px bold glyph: large text, 3:1.
    for (const tile of [...tokens.keys()].filter((k) => k.startsWith('tile-'))) {
      expect({ tile, ok: contrast(token('text-on-fill'), token(tile)) >= 3 }).toEqual({ tile, ok: true });
    }
  });

  it('lets placeholders reach 4.5:1 on the white fields they sit in', () => {
    expect(contrast(token('text-placeholder'), token('surface'))).toBeGreaterThanOrEqual(4.5);
  });
});

describe('text sizes', () => {
  it('sets every font size at 28 design px (14 CSS px) or more, scaled by 大字模式', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(SRC).filter((f) => f.endsWith('.css') && f !== APP_CSS)) {
      const css = stripComments(fs.readFileSync(file, 'utf8'));
      for (const m of css.matchAll(/font-size:\s*([^;}]+)/g)) {
        const scaled = /^calc\((\d+)px \* var\(--font-scale, 1\)\)$/.exec(m[1]!.trim());
        if (!scaled || Number(scaled[1]) < 28) offenders.push(`${path.relative(SRC, file)}: font-size: ${m[1]}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
