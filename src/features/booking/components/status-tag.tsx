import { Text } from '@tarojs/components';
import type { StatusTone } from '../status';
import './booking.css';

/** A status in words on a tinted ground: the words carry the meaning, the colour only helps. */
export function StatusTag({ text, tone, testId }: { text: string; tone: StatusTone; testId?: string }) {
  return (
    <Text className={`bk-tag bk-tag--${tone}`} data-testid={testId}>
      {text}
    </Text>
  );
}
