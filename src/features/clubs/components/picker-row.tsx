import { Text, View } from '@tarojs/components';
import { FormField } from '@/components';

/** A picker's row: the label on the left, the chosen value and an arrow on the right. */
export function PickerRow({ label, text, testId }: { label: string; text: string; testId?: string }) {
  return (
    <FormField label={label}>
      <View className="ui-input" data-testid={testId}>
        <Text style={{ flex: 1 }}>{text}</Text>
        <Text className="ui-cell__arrow" />
      </View>
    </FormField>
  );
}
