import { Text, View } from '@tarojs/components';
import { a11y, showError, Tag } from '@/components';
import { errorMessage } from '@/services/http';
import { openAttachment } from '../download';
import { DISCLOSURE_LABELS, formatDate, formatDateTime } from '../labels';
import type { Disclosure } from '../types';
import './congress.css';

/** The item as published, with its attachments and its 公示期. */
export function DisclosureCard({ item: d }: { item: Disclosure }) {
  const open = (file: Disclosure['attachments'][number]) =>
    openAttachment(file).catch((err: unknown) => showError(errorMessage(err)));
  return (
    <View className="congress-card" data-testid="disclosure-card">
      <Text className="congress-card__title">{d.title}</Text>
      <Text className="congress-card__meta">{`${DISCLOSURE_LABELS[d.category]} · ${formatDateTime(d.publishedAt)}公开`}</Text>
      {d.objectionEndsOn && (
        <View className="congress-card__tags">
          <Tag tone={d.objectionOpen ? 'orange' : 'grey'}>
            {d.objectionOpen
              ? `公示期至${formatDate(d.objectionEndsOn)}`
              : `公示期已于${formatDate(d.objectionEndsOn)}结束`}
          </Tag>
        </View>
      )}
      <View className="congress-card__section">
        <Text className="congress-card__text">{d.body}</Text>
      </View>
      {d.attachments.length > 0 && (
        <View className="congress-card__section">
          <Text className="congress-card__label">附件</Text>
          {d.attachments.map((a) => (
            <View
              key={a.id}
              className="congress-link"
              onClick={() => void open(a)}
              {...a11y({ role: 'link', label: `打开附件 ${a.fileName}` })}
              data-testid={`attachment-${a.id}`}
            >
              {a.fileName}
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
