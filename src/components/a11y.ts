/**
 * Screen-reader semantics for a tappable View, written once for both builds. H5 is a web page:
 * `role` and `aria-*` as ARIA defines them. The mini-program reads `aria-role` instead of `role`
 * (WeChat's aria-component, base library 2.7.1+); config/aria-attributes.ts lets Taro's
 * templates carry these attributes through to WeChat's views.
 */
export type A11yRole =
  'button' | 'link' | 'tab' | 'tablist' | 'checkbox' | 'radio' | 'radiogroup' | 'switch' | 'group' | 'img' | 'heading';

export interface A11y {
  role?: A11yRole;
  /** What a screen reader says instead of the text inside, e.g. "一键预约 12:00–13:00 余 4 位". */
  label?: string;
  selected?: boolean;
  checked?: boolean;
  disabled?: boolean;
  /** Decoration a screen reader should skip (a glyph beside a label that says the same). */
  hidden?: boolean;
}

const IS_WEAPP = process.env.TARO_ENV === 'weapp';
const flag = (v: boolean | undefined) => (v === undefined ? undefined : v ? 'true' : 'false');

export function a11y({
  role,
  label,
  selected,
  checked,
  disabled,
  hidden,
}: A11y): Record<string, string | number | undefined> {
  const props: Record<string, string | number | undefined> = {
    'aria-label': label,
    'aria-selected': flag(selected),
    'aria-checked': flag(checked),
    'aria-disabled': disabled ? 'true' : undefined,
    'aria-hidden': hidden ? 'true' : undefined,
  };
  if (role) {
    if (IS_WEAPP) props['aria-role'] = role;
    else {
      props.role = role;
      // A PC browser (staff use the H5 build) reaches the control with the Tab key.
      if (role !== 'tablist' && role !== 'radiogroup' && role !== 'group' && role !== 'img' && role !== 'heading')
        props.tabIndex = disabled ? -1 : 0;
    }
  }
  for (const key of Object.keys(props)) if (props[key] === undefined) delete props[key];
  return props;
}
