import type { A11y } from '../../src/components/a11y';

/** The helper as one build sees it: TARO_ENV is read when the module loads. */
function a11yFor(env: 'h5' | 'weapp', props: A11y) {
  const saved = process.env.TARO_ENV;
  process.env.TARO_ENV = env;
  try {
    let result: Record<string, unknown> = {};
    jest.isolateModules(() => {
      result = (require('../../src/components/a11y') as typeof import('../../src/components/a11y')).a11y(props);
    });
    return result;
  } finally {
    process.env.TARO_ENV = saved;
  }
}

describe('a11y props for tappable views', () => {
  it('gives H5 an ARIA role, a Chinese name, its state and a tab stop', () => {
    expect(a11yFor('h5', { role: 'radio', label: '5 分，很满意，已选', checked: true })).toEqual({
      role: 'radio',
      'aria-label': '5 分，很满意，已选',
      'aria-checked': 'true',
      tabIndex: 0,
    });
  });

  it('gives the mini-program aria-role, which is what WeChat reads, and never role', () => {
    const props = a11yFor('weapp', { role: 'tab', selected: false });
    expect(props).toEqual({ 'aria-role': 'tab', 'aria-selected': 'false' });
  });

  it('marks a disabled control and takes it out of the tab order', () => {
    expect(a11yFor('h5', { role: 'button', disabled: true })).toEqual({
      role: 'button',
      'aria-disabled': 'true',
      tabIndex: -1,
    });
  });

  it('hides decoration from screen readers without giving it a role', () => {
    expect(a11yFor('h5', { hidden: true })).toEqual({ 'aria-hidden': 'true' });
  });
});
