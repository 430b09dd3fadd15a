import { Text, View } from '@tarojs/components';
import './badge.css';

/** A red dot for "unread", or a count when one is given. */
export function Badge({ count }: { count?: number }) {
  if (count === undefined) return <View className="ui-badge ui-badge--dot" />;
  if (count <= 0) return null;
  return <Text className="ui-badge ui-badge--count">{count > 99 ? '99+' : count}</Text>;
}

/** A small rounded label, e.g. a role or a category. */
export function Tag({ children, tone = 'green' }: { children: string; tone?: 'green' | 'grey' | 'orange' }) {
  return <Text className={`ui-tag ui-tag--${tone}`}>{children}</Text>;
}
