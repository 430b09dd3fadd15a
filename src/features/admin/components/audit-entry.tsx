import { View } from '@tarojs/components';
import { formatDateTime } from '@/lib/dayjs';
import type { AuditEntry } from '../types';
import './audit.css';

/** One line of the audit log: what, on whom or what, by whom, when. */
export function AuditEntryRow({ entry }: { entry: AuditEntry }) {
  return (
    <View className="audit-entry" data-testid={`audit-${entry.id}`}>
      <View className="audit-entry__head">
        <View className="audit-entry__action">{entry.actionLabel}</View>
        <View className="audit-entry__target">{entry.targetLabel}</View>
      </View>
      {entry.summary && <View className="audit-entry__summary">{entry.summary}</View>}
      <View className="audit-entry__meta">
        {entry.actorName ?? '系统'} · {formatDateTime(entry.at)}
      </View>
    </View>
  );
}
