import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { Input, Picker, Switch, Textarea, View } from '@tarojs/components';

// Taro's components as the weapp build has them: plain host names. labelControls only compares
// element types with these, so the same strings stand in for them on both builds.
jest.mock('@tarojs/components', () => ({
  View: 'view',
  Text: 'text',
  Label: 'label',
  Input: 'input',
  Textarea: 'textarea',
  Switch: 'switch',
  Picker: 'picker',
}));

jest.mock('../../src/components/form.css', () => ({}));

type Element = ReactElement<Record<string, unknown> & { children?: ReactNode }>;

/** labelControls as one build sees it: TARO_ENV is read when the module loads. */
function labelFor(env: 'h5' | 'weapp', children: ReactNode, label: string): Element[] {
  const saved = process.env.TARO_ENV;
  process.env.TARO_ENV = env;
  try {
    let out: ReactNode;
    jest.isolateModules(() => {
      const mod =
        require('../../src/components/label-controls') as typeof import('../../src/components/label-controls');
      out = mod.labelControls(children, label);
    });
    return ([] as ReactNode[]).concat(out).filter(isValidElement) as Element[];
  } finally {
    process.env.TARO_ENV = saved;
  }
}

/** Every element in the tree whose type is `type`. */
function all(node: ReactNode, type: string): Element[] {
  if (Array.isArray(node)) return node.flatMap((n) => all(n, type));
  if (!isValidElement(node)) return [];
  const el = node as Element;
  return [...(el.type === type ? [el] : []), ...all(el.props.children, type)];
}

describe('a form field names the controls written inside it', () => {
  it('gives the weapp Input and Textarea aria-label, through the Views around them', () => {
    const out = labelFor(
      'weapp',
      <View className="row">
        <Input value="" />
        <Textarea value="" />
      </View>,
      '标题',
    );
    expect(all(out, 'input')[0]!.props['aria-label']).toBe('标题');
    expect(all(out, 'textarea')[0]!.props['aria-label']).toBe('标题');
  });

  it('gives H5 the name through nativeProps, keeping what the caller passed there', () => {
    const [input] = labelFor('h5', <Input nativeProps={{ inputMode: 'numeric' }} />, '学校工号');
    expect(input!.props.nativeProps).toEqual({ 'aria-label': '学校工号', inputMode: 'numeric' });
    expect(input!.props['aria-label']).toBeUndefined();
  });

  it('leaves a control the caller named itself', () => {
    const [input] = labelFor('weapp', <Input aria-label="搜索会员姓名" />, '会员');
    expect(input!.props['aria-label']).toBe('搜索会员姓名');
  });

  it('makes what a Picker shows a button read with the field and the value', () => {
    const out = labelFor(
      'weapp',
      <Picker mode="date" value="2026-11-23" onChange={() => undefined}>
        <View className="ui-input">11月23日 周一</View>
      </Picker>,
      '日期',
    );
    const [face] = all(out, 'view');
    expect(face!.props['aria-role']).toBe('button');
    expect(face!.props['aria-label']).toBe('日期：11月23日 周一');
  });

  it('does not reach into a feature’s own component, which names its controls itself', () => {
    function MemberSearch() {
      return <Input />;
    }
    const [own] = labelFor('weapp', <MemberSearch />, '会员');
    expect(own!.props['aria-label']).toBeUndefined();
  });

  it('is what FormField renders in the weapp: the switch in 希望保密 is read as 希望保密', () => {
    const saved = process.env.TARO_ENV;
    process.env.TARO_ENV = 'weapp';
    try {
      let html = '';
      jest.isolateModules(() => {
        // Both inside, so that the field and the renderer share one copy of React.
        const { FormField } = require('../../src/components/form') as typeof import('../../src/components/form');
        const { renderToStaticMarkup } = require('react-dom/server') as {
          renderToStaticMarkup: (element: ReactElement) => string;
        };
        html = renderToStaticMarkup(
          <FormField label="希望保密">
            <View className="reception-form__switch">
              <Switch checked={false} />
            </View>
          </FormField>,
        );
      });
      expect(html).toMatch(/<switch[^>]* aria-label="希望保密"/);
      expect(html).not.toContain('nativeProps');
    } finally {
      process.env.TARO_ENV = saved;
    }
  });
});
