import { Text, View } from '@tarojs/components';
import { formatRelative } from '@/lib/dayjs';
import type { Message } from '../types';
import { a11y } from '@/components';
import './message-item.css';

interface Props {
  message: Message;
  onOpen: (message: Message) => void;
}

export function MessageItem({ message, onOpen }: Props) {
  const unread = !message.readAt;
  return (
    <View
      className={`message-item${unread ? ' message-item--unread' : ''}`}
      hoverClass="message-item--hover"
      onClick={() => onOpen(message)}
      data-testid="message-item"
      data-unread={unread ? 'true' : 'false'}
      {...a11y({ role: 'link' })}
    >
      <View className="message-item__head">
        {unread && <View className="message-item__dot" />}
        <Text className="message-item__title">{message.title}</Text>
        <Text className="message-item__time">{formatRelative(message.createdAt)}</Text>
      </View>
      <Text className="message-item__body">{message.body}</Text>
    </View>
  );
}
