/**
 * The few palette colours that must be literals: native APIs (tab bar, showModal's confirmColor,
 * <Switch color>) take a hex string, not a CSS variable. Each is the same value as its
 * `--color-*` variable in app.css (test/unit/colors.test.ts keeps them equal); everything else
 * uses the variables.
 */
export const COLORS = {
  brandStrong: '#067a3e',
  dangerStrong: '#c62828',
  calmStrong: '#4b4ec2',
  textTertiary: '#666666',
  page: '#ededed',
  surface: '#ffffff',
} as const;

/** A palette colour for an inline style, e.g. a bar's fill: `cssColor('brand')` → `var(--color-brand)`. */
export const cssColor = (token: string): string => `var(--color-${token})`;
