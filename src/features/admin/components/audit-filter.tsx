import { Picker, View } from '@tarojs/components';
import { beijing, todayIn } from '@/lib/dayjs';
import { a11y, ChoiceChips } from '@/components';
import type { AuditQuery } from '../types';
import './audit.css';

interface Props {
  kinds: { key: string; label: string }[];
  value: AuditQuery;
  onChange: (next: AuditQuery) => void;
}

const day = (value: string | undefined, empty: string) =>
  value ? beijing(`${value}T00:00:00+08:00`).format('YYYY年M月D日') : empty;

/** The audit log's filters: a kind of action, and a range of Beijing days. */
export function AuditFilter({ kinds, value, onChange }: Props) {
  const today = todayIn();
  return (
    <View className="audit-filter" data-testid="audit-filter">
      <ChoiceChips
        items={[{ key: '', label: '全部' }, ...kinds]}
        value={value.kind ?? ''}
        testIdPrefix="audit-kind-"
        // The keys come from the server's own list of kinds (typed there as plain strings).
        onChange={(kind) => onChange({ ...value, kind: (kind || undefined) as AuditQuery['kind'] })}
      />
      <View className="audit-filter__dates">
        <Picker
          className="audit-filter__picker"
          mode="date"
          value={value.from ?? today}
          end={value.to ?? today}
          onChange={(e) => onChange({ ...value, from: e.detail.value })}
        >
          <View className="audit-filter__date" data-testid="audit-from">
            {day(value.from, '开始日期')}
          </View>
        </Picker>
        至
        <Picker
          className="audit-filter__picker"
          mode="date"
          value={value.to ?? today}
          start={value.from}
          end={today}
          onChange={(e) => onChange({ ...value, to: e.detail.value })}
        >
          <View className="audit-filter__date" data-testid="audit-to">
            {day(value.to, '今天')}
          </View>
        </Picker>
        {(value.from || value.to) && (
          <View
            className="audit-filter__clear"
            onClick={() => onChange({ ...value, from: undefined, to: undefined })}
            {...a11y({ role: 'button' })}
          >
            清除
          </View>
        )}
      </View>
    </View>
  );
}
