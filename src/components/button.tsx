import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { a11y } from './a11y';
import { Spinner } from './loading';
import './button.css';

export interface ButtonProps {
  children: ReactNode;
  type?: 'primary' | 'default' | 'warn';
  size?: 'large' | 'small';
  /** Shows a spinner and ignores taps, so an action cannot be sent twice. */
  loading?: boolean;
  disabled?: boolean;
  onClick?: () => void;
  className?: string;
  testId?: string;
  /** What a screen reader says when the text alone is not enough, e.g. "一键预约 12:00–13:00 余 4 位". */
  label?: string;
}

// A View rather than the native <Button>: the native one carries its own
// WeChat styles that differ between weapp and H5 and are hard to override.
export function Button({
  children,
  type = 'default',
  size = 'large',
  loading,
  disabled,
  onClick,
  className,
  testId,
  label,
}: ButtonProps) {
  const inactive = disabled || loading;
  const classes = ['ui-button', `ui-button--${type}`, `ui-button--${size}`];
  if (inactive) classes.push('ui-button--inactive');
  if (className) classes.push(className);
  return (
    <View
      className={classes.join(' ')}
      hoverClass={inactive ? 'none' : 'ui-button--hover'}
      onClick={inactive ? undefined : onClick}
      {...a11y({ role: 'button', label, disabled: inactive })}
      aria-busy={loading ? 'true' : undefined}
      data-testid={testId}
    >
      {loading && <Spinner light={type === 'primary' || type === 'warn'} />}
      <View className="ui-button__text">{children}</View>
    </View>
  );
}
