import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './status-view.css';

interface Props {
  text?: string;
  /** An action under the text, e.g. a button to create the first item. */
  children?: ReactNode;
  /** Fills the page instead of sitting inside a list. */
  full?: boolean;
}

export function EmptyView({ text = '暂无内容', children, full }: Props) {
  return (
    <View className={`ui-status${full ? ' ui-status--full' : ''}`} data-testid="empty-view">
      <View className="ui-status__icon ui-status__icon--empty">
        <View className="ui-status__doc-line" />
        <View className="ui-status__doc-line ui-status__doc-line--short" />
      </View>
      <Text className="ui-status__text">{text}</Text>
      {children}
    </View>
  );
}
