import { View } from '@tarojs/components';
import { CellGroup, EmptyView } from '@/components';
import { formatDateTime } from '@/lib/dayjs';
import type { Announcement } from '../types';
import { PhotoGrid } from './photo-grid';
import './clubs.css';

/** The club's latest announcements, newest first, with their photos. */
export function AnnouncementList({ items }: { items: Announcement[] }) {
  return (
    <CellGroup title="社团公告" testId="club-announcements">
      {items.map((a) => (
        <View key={a.id} className="clubs-card">
          <View>{a.body}</View>
          <PhotoGrid sources={a.images} />
          <View className="clubs-card__meta">
            {a.authorName} · {formatDateTime(a.createdAt)}
          </View>
        </View>
      ))}
      {items.length === 0 && <EmptyView text="暂无公告" />}
    </CellGroup>
  );
}
