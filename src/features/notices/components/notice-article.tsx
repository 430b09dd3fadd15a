import { Text, View } from '@tarojs/components';
import { Tag } from '@/components';
import { formatDate } from '@/lib/dayjs';
import { CATEGORY_LABELS } from '../categories';
import type { Notice } from '../types';
import './notice-article.css';

export function NoticeArticle({ notice }: { notice: Notice }) {
  return (
    <View className="notice-article">
      <Text className="notice-article__title" userSelect>
        {notice.title}
      </Text>
      <View className="notice-article__meta">
        <Tag tone="green">{CATEGORY_LABELS[notice.category]}</Tag>
        <Text>
          {formatDate(notice.publishedAt)}
          {notice.authorName ? ` · ${notice.authorName}` : ''}
        </Text>
      </View>
      {/* Plain text from the server: Text keeps its line breaks on both platforms. */}
      <Text className="notice-article__body" userSelect decode={false}>
        {notice.body}
      </Text>
    </View>
  );
}
