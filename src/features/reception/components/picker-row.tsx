import { Text, View } from '@tarojs/components';
import { FormField } from '@/components';
import './forms.css';

/** A picker row: the label on the left, the chosen value and an arrow on the right. */
export function PickerRow({ label, text }: { label: string; text: string }) {
  return (
    <FormField label={label}>
      <View className="ui-input reception-form__picker">
        <Text>{text}</Text>
        <Text className="ui-cell__arrow" />
      </View>
    </FormField>
  );
}
