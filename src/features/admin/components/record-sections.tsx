import { Fragment, useState } from 'react';
import { View } from '@tarojs/components';
import { Cell, CellGroup } from '@/components';
import { formatDateTime } from '@/lib/dayjs';
import type { RecordSection } from '../privacy-types';
import './privacy.css';

/** Each feature's records of the member: a count, and the newest records when opened. */
export function RecordSections({ sections }: { sections: RecordSection[] }) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <CellGroup title="各项服务中的记录" footer="点一项可以看到最近的记录；完整的内容请下载。" testId="privacy-records">
      {sections.map((s) => (
        <Fragment key={s.key}>
          <Cell
            title={s.title}
            testId={`privacy-section-${s.key}`}
            arrow={s.count > 0}
            value={s.count > 0 ? `${s.count} 条` : <View className="privacy-none">无</View>}
            onClick={s.count > 0 ? () => setOpen(open === s.key ? null : s.key) : undefined}
          />
          {open === s.key && (
            <View className="privacy-items">
              {s.items.map((item, i) => (
                <View key={i} className="privacy-item">
                  <View className="privacy-item__title">{item.title}</View>
                  <View className="privacy-item__meta">
                    {[item.at ? formatDateTime(item.at) : '', item.detail].filter(Boolean).join(' · ')}
                  </View>
                </View>
              ))}
              {s.count > s.items.length && (
                <View className="privacy-item__more">还有 {s.count - s.items.length} 条，请下载查看</View>
              )}
            </View>
          )}
        </Fragment>
      ))}
    </CellGroup>
  );
}
