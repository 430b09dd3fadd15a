import { useEffect, useRef, type ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { labelControls } from './label-controls';
import './form.css';

export { controlLabel } from './label-controls';

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
  // The controls written in the field are named through their props (both builds). On H5 this also
  // names any a feature's own component draws inside, after React has rendered.
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
      <View className="ui-field__control">{labelControls(children, label)}</View>
    </View>
  );
}

/** Gives every unnamed input and text area under `root` the accessible name `label` (H5 only). */
export function nameControlsIn(root: HTMLElement | null, label: string) {
  root?.querySelectorAll?.('input, textarea').forEach((el) => {
    if (!el.getAttribute('aria-label')) el.setAttribute('aria-label', label);
  });
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
