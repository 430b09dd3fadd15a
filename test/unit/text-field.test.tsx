import type { ReactElement } from 'react';

// Taro's components as host elements, so the markup shows the props WeChat reads. The input is a
// custom element (wx-input, as WeChat names it) so React passes maxlength and placeholderClass as written.
jest.mock('@tarojs/components', () => ({
  View: 'view',
  Text: 'text',
  Label: 'label',
  Input: 'wx-input',
  Textarea: 'textarea',
  Switch: 'switch',
  Picker: 'picker',
}));

jest.mock('../../src/components/form.css', () => ({}));

type TextFieldModule = typeof import('../../src/components/text-field');

/** The field's markup as one build renders it: TARO_ENV is read when the modules load. */
function render(env: 'h5' | 'weapp', element: (mod: TextFieldModule) => ReactElement): string {
  const saved = process.env.TARO_ENV;
  process.env.TARO_ENV = env;
  try {
    let html = '';
    jest.isolateModules(() => {
      // Both inside, so that the field and the renderer share one copy of React.
      const mod = require('../../src/components/text-field') as TextFieldModule;
      const { renderToStaticMarkup } = require('react-dom/server') as {
        renderToStaticMarkup: (el: ReactElement) => string;
      };
      html = renderToStaticMarkup(element(mod));
    });
    return html;
  } finally {
    process.env.TARO_ENV = saved;
  }
}

const noop = () => undefined;

describe('TextField: a one-line box in a labelled row', () => {
  it('shows the label and gives the weapp input the same name, with its limit and keyboard', () => {
    const html = render('weapp', ({ TextField }) => (
      <TextField label="手机号后四位" value="12" onInput={noop} maxLength={4} type="number" testId="bind-phone" />
    ));
    expect(html).toContain('<text class="ui-field__label">手机号后四位</text>');
    const input = /<wx-input[^>]*>/.exec(html)![0];
    expect(input).toContain('aria-label="手机号后四位"');
    expect(input).toContain('maxlength="4"');
    expect(input).toContain('type="number"');
    expect(input).toContain('value="12"');
    expect(input).toContain('data-testid="bind-phone"');
  });

  it('names the H5 input through nativeProps, not an attribute WeChat would read', () => {
    let props: Record<string, unknown> = {};
    const saved = process.env.TARO_ENV;
    process.env.TARO_ENV = 'h5';
    try {
      jest.isolateModules(() => {
        const { TextField } = require('../../src/components/text-field') as TextFieldModule;
        const { labelControls } =
          require('../../src/components/label-controls') as typeof import('../../src/components/label-controls');
        // What FormField renders inside its row: the Input, named by labelControls.
        const field = TextField({ label: '工号', value: '', onInput: noop }) as ReactElement<{
          children: ReactElement;
        }>;
        const formField = field.props.children[0 as never] as ReactElement<{ children: unknown; label: string }>;
        const [input] = ([] as unknown[]).concat(
          labelControls(formField.props.children as never, formField.props.label),
        );
        props = (input as ReactElement<Record<string, unknown>>).props;
      });
    } finally {
      process.env.TARO_ENV = saved;
    }
    expect(props.nativeProps).toEqual({ 'aria-label': '工号' });
    expect(props['aria-label']).toBeUndefined();
  });

  it('shows the hint after the box and the error under it, the error announced at once', () => {
    const html = render('weapp', ({ TextField }) => (
      <TextField label="名额" value="0" onInput={noop} hint="人，满员后可候补" error="名额至少 1 人" />
    ));
    expect(html).toMatch(/<wx-input[^>]*>.*<text class="ui-field__hint ui-text-field__hint">人，满员后可候补<\/text>/);
    expect(html).toMatch(/<view class="ui-text-field__error" aria-live="assertive">名额至少 1 人<\/view>/);
  });

  it('shows no hint or error line when there is none', () => {
    const html = render('weapp', ({ TextField }) => <TextField label="标题" value="" onInput={noop} error={null} />);
    expect(html).not.toContain('ui-text-field__hint');
    expect(html).not.toContain('ui-text-field__error');
  });
});
