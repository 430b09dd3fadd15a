import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './form.css'

interface FieldProps {
  label: string
  children: ReactNode
  /** Stack the control under its label (text areas). */
  vertical?: boolean
}

/** A labelled row inside a CellGroup; style inputs with the `ui-input` class. */
export function FormField({ label, children, vertical }: FieldProps) {
  return (
    <View className={`ui-field${vertical ? ' ui-field--vertical' : ''}`}>
      <Text className='ui-field__label'>{label}</Text>
      <View className='ui-field__control'>{children}</View>
    </View>
  )
}

/** The inline error under a form: the server's own Chinese message. */
export function FormError({ message }: { message?: string | null }) {
  if (!message) return null
  return (
    <View className='ui-form-error' data-testid='form-error'>
      {message}
    </View>
  )
}
