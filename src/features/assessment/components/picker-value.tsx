import { Text, View } from '@tarojs/components';
import { a11y } from '@/components';
import './assessment.css';

/**
 * What a Picker shows inside its form field: the chosen value and an arrow, so it reads as tappable.
 * The spoken name holds the visible value word for word (WCAG 2.5.3), with the field before it.
 */
export function PickerValue({ field, value, testId }: { field: string; value: string; testId?: string }) {
  return (
    <View className="ui-input as-picker" role="button" aria-label={`${field}：${value}，点按更改`} data-testid={testId}>
      <Text className="as-picker__value">{value}</Text>
      <Text className="ui-cell__arrow" {...a11y({ hidden: true })} />
    </View>
  );
}
