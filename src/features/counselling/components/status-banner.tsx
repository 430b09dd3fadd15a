import { Text, View } from '@tarojs/components';
import { STATUS_LABELS, statusTone } from '../labels';
import type { Status } from '../types';
import './status-banner.css';

/** The appointment's status in large type, with one sentence on what it means. */
export function StatusBanner({ status, label, text }: { status: Status; label?: string; text: string }) {
  return (
    <View className={`cs-status cs-status--${statusTone(status)}`} data-testid="appointment-status">
      <Text className="cs-status__label">{label ?? STATUS_LABELS[status]}</Text>
      <Text className="cs-status__text">{text}</Text>
    </View>
  );
}
