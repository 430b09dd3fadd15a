import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { a11y } from '@/components';
import './bottom-sheet.css';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
}

/** A panel that rises from the bottom over a dimmed page; tapping the dim area closes it. */
export function BottomSheet({ title, onClose, children, testId }: Props) {
  return (
    <View className="bk-sheet" data-testid={testId} catchMove>
      <View className="bk-sheet__mask" onClick={onClose} {...a11y({ role: 'button' })} />
      <View className="bk-sheet__panel">
        <View className="bk-sheet__head">
          <Text className="bk-sheet__title">{title}</Text>
          <View className="bk-sheet__close" onClick={onClose} data-testid="sheet-close" {...a11y({ role: 'button' })}>
            <Text>关闭</Text>
          </View>
        </View>
        <View className="bk-sheet__body">{children}</View>
      </View>
    </View>
  );
}
