import { Input, Text, View } from '@tarojs/components';
import { FormField } from './form';

export interface TextFieldProps {
  /** The field's name: shown before the box and read by screen readers as the box's name. */
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** Characters allowed: the box stops taking more. */
  maxLength?: number;
  placeholder?: string;
  /** The keyboard WeChat opens: `number` for a phone number or a count. */
  type?: 'text' | 'number';
  disabled?: boolean;
  /** Words after the box, e.g. its unit: "人，满员后可候补". */
  hint?: string;
  /** What is wrong with this field, under it; announced as soon as it appears. */
  error?: string | null;
  testId?: string;
}

/**
 * A one-line text box in a labelled row of a CellGroup: the label, the box (named after the label on
 * both builds, through FormField), a hint after it and an error under it.
 */
export function TextField({
  label,
  value,
  onInput,
  maxLength,
  placeholder,
  type = 'text',
  disabled,
  hint,
  error,
  testId,
}: TextFieldProps) {
  return (
    <>
      <FormField label={label}>
        <Input
          className="ui-input"
          placeholderClass="ui-input-placeholder"
          placeholder={placeholder}
          type={type}
          maxlength={maxLength}
          disabled={disabled}
          value={value}
          onInput={(e) => onInput(e.detail.value)}
          data-testid={testId}
        />
        {hint && <Text className="ui-field__hint ui-text-field__hint">{hint}</Text>}
      </FormField>
      {error && (
        <View className="ui-text-field__error" aria-live="assertive">
          {error}
        </View>
      )}
    </>
  );
}
