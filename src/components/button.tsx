import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { Spinner } from './loading'
import './button.css'

export interface ButtonProps {
  children: ReactNode
  type?: 'primary' | 'default' | 'warn'
  size?: 'large' | 'small'
  /** Shows a spinner and ignores taps, so an action cannot be sent twice. */
  loading?: boolean
  disabled?: boolean
  onClick?: () => void
  className?: string
  testId?: string
  /** The name a screen reader says when the visible text alone is not enough. */
  ariaLabel?: string
}

// A View rather than the native <Button>: the native one carries its own
// WeChat styles that differ between weapp and H5 and are hard to override.
export function Button({ children, type = 'default', size = 'large', loading, disabled, onClick, className, testId, ariaLabel }: ButtonProps) {
  const inactive = disabled || loading
  const classes = ['ui-button', `ui-button--${type}`, `ui-button--${size}`]
  if (inactive) classes.push('ui-button--inactive')
  if (className) classes.push(className)
  return (
    <View
      className={classes.join(' ')}
      hoverClass={inactive ? 'none' : 'ui-button--hover'}
      onClick={inactive ? undefined : onClick}
      aria-disabled={inactive}
      aria-role='button'
      aria-label={ariaLabel}
      data-testid={testId}
    >
      {loading && <Spinner light={type === 'primary' || type === 'warn'} />}
      <View className='ui-button__text'>{children}</View>
    </View>
  )
}
