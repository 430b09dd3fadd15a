import { Text, Textarea } from '@tarojs/components';
import { a11y } from './a11y';
import { controlLabel, FormField } from './form';

export interface TextAreaFieldProps {
  /** The field's name: shown above the box and read by screen readers. */
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** Characters allowed; the counter under the box shows how many are used. */
  maxLength: number;
  placeholder?: string;
  disabled?: boolean;
  /** Inside a group whose title already says what to write: the label only names the box. */
  hideLabel?: boolean;
  /** Extra classes for the box, e.g. a shorter height. */
  className?: string;
  testId?: string;
}

/** The words under the box: "12/200" on screen, said in full to a screen reader. */
export const counterText = (used: number, max: number) => ({
  shown: `${used}/${max}`,
  spoken: `已写 ${used} 字，最多 ${max} 字`,
});

/** A multi-line text box with its label, its character counter and its accessible name. */
export function TextAreaField({
  label,
  value,
  onInput,
  maxLength,
  placeholder,
  disabled,
  hideLabel,
  className,
  testId,
}: TextAreaFieldProps) {
  const counter = counterText(value.length, maxLength);
  const box = (
    <>
      <Textarea
        className={`ui-textarea${className ? ` ${className}` : ''}`}
        placeholderClass="ui-input-placeholder"
        placeholder={placeholder}
        disabled={disabled}
        maxlength={maxLength}
        value={value}
        onInput={(e) => onInput(e.detail.value)}
        data-testid={testId}
        {...controlLabel(label)}
      />
      <Text className="ui-field__hint ui-textarea-field__count" {...a11y({ label: counter.spoken })}>
        {counter.shown}
      </Text>
    </>
  );
  if (hideLabel) return box;
  return (
    <FormField label={label} vertical>
      {box}
    </FormField>
  );
}
