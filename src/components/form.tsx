import { useEffect, useRef, type ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './form.css';

interface FieldProps {
  label: string;
  children: ReactNode;
  /** Stack the control under its label (text areas). */
  vertical?: boolean;
}

const IS_H5 = process.env.TARO_ENV === 'h5';

/** A labelled row inside a CellGroup; style inputs with the `ui-input` class. */
export function FormField({ label, children, vertical }: FieldProps) {
  const ref = useRef<HTMLElement>(null);
  // Taro's H5 Input, Textarea and Switch draw a native control inside a custom element, out of
  // reach of props and often only after React has rendered: name each one after the field as it
  // appears.
  useEffect(() => {
    const root = ref.current;
    if (!IS_H5 || !root) return undefined;
    nameControlsIn(root, label);
    const observer = new MutationObserver(() => nameControlsIn(root, label));
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [label]);
  return (
    <View className={`ui-field${vertical ? ' ui-field--vertical' : ''}`} ref={ref}>
      <Text className="ui-field__label">{label}</Text>
      <View className="ui-field__control">{children}</View>
    </View>
  );
}

/** Gives every unnamed input and text area under `root` the accessible name `label` (H5 only). */
export function nameControlsIn(root: HTMLElement | null, label: string) {
  root?.querySelectorAll?.('input, textarea').forEach((el) => {
    if (!el.getAttribute('aria-label')) el.setAttribute('aria-label', label);
  });
}

/**
 * Props that name a Taro Input, Textarea or Switch standing outside a FormField (a search box, a
 * switch in a cell): H5 passes them to the native control inside, WeChat reads `aria-label`.
 */
export function controlLabel(label: string): Record<string, unknown> {
  return IS_H5 ? { nativeProps: { 'aria-label': label } } : { 'aria-label': label };
}

/** The inline error under a form: the server's own Chinese message. */
export function FormError({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <View className="ui-form-error" data-testid="form-error" aria-live="assertive">
      {message}
    </View>
  );
}
