import { Children, cloneElement, Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';
import { Input, Label, Picker, Switch, Text, Textarea, View } from '@tarojs/components';
import { a11y } from './a11y';

const IS_H5 = process.env.TARO_ENV === 'h5';

type Props = Record<string, unknown> & { children?: ReactNode };

/**
 * Props that name a Taro Input, Textarea or Switch: H5 draws a native control inside a custom
 * element and passes `nativeProps` to it; WeChat reads `aria-label` on its own component.
 */
export function controlLabel(label: string, existing?: unknown): Record<string, unknown> {
  if (!IS_H5) return { 'aria-label': label };
  const native = (existing && typeof existing === 'object' ? existing : {}) as Record<string, unknown>;
  return { nativeProps: { 'aria-label': label, ...native } };
}

/** Everything a member sees written inside these elements, e.g. a picker's chosen value. */
function textIn(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textIn).join('');
  if (isValidElement<Props>(node)) return textIn(node.props.children);
  return '';
}

function isNamed(props: Props): boolean {
  const native = props.nativeProps as Record<string, unknown> | undefined;
  return Boolean(props['aria-label'] || native?.['aria-label']);
}

/**
 * A Picker opens from a tap on what it wraps: that view becomes a button named after the field
 * and the value shown ("日期：11月23日 周一"), so both builds read the question and the answer.
 */
function labelPicker(picker: ReactElement<Props>, label: string): ReactElement {
  const shown = Children.toArray(picker.props.children);
  const [face] = shown;
  if (shown.length !== 1 || !isValidElement<Props>(face) || isNamed(face.props)) return picker;
  const value = textIn(face.props.children).trim();
  const named = cloneElement(face, a11y({ role: 'button', label: value ? `${label}：${value}` : label }));
  return cloneElement(picker, {}, named);
}

/**
 * Gives every Input, Textarea, Switch and Picker written inside a form field the field's name,
 * unless the caller named it already. It reaches the controls written directly in the field's
 * JSX (through Views and Texts), not those a feature component renders by itself.
 */
export function labelControls(children: ReactNode, label: string): ReactNode {
  return Children.map(children, (child) => {
    if (!isValidElement<Props>(child)) return child;
    const { type, props } = child;
    if (type === Picker) return labelPicker(child, label);
    if (type === Input || type === Textarea || type === Switch)
      return isNamed(props) ? child : cloneElement(child, controlLabel(label, props.nativeProps));
    // Into Taro's own Views and Texts only: a feature's component is left to name its controls.
    if (HOSTS.has(type) && props.children !== undefined)
      return cloneElement(child, {}, labelControls(props.children, label));
    return child;
  });
}

// Strings in the weapp build, wrapped web components on H5: compared by identity either way.
const HOSTS = new Set<unknown>([View, Text, Label, Fragment]);
