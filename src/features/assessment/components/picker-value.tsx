import { Text, View } from '@tarojs/components';
import { a11y } from '../../../components';
import './assessment.css';

/** What a Picker shows inside its form field: the chosen value and a visible 更改 with an arrow, so it reads as tappable. */
export function PickerValue({ field, value, testId }: { field: string; value: string; testId?: string }) {
  return (
    <View className="ui-input as-picker" role="button" aria-label={`${field}：${value}，点按更改`} data-testid={testId}>
      <Text className="as-picker__value">{value}</Text>
      <Text className="as-picker__more" {...a11y({ hidden: true })}>
        更改
      </Text>
      <Text className="ui-cell__arrow" {...a11y({ hidden: true })} />
    </View>
  );
}
