import { useState } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import { a11y, Button, Cell, CellGroup, FormError, FormField, showSuccess } from '@/components';
import { saveSchedule } from '../api';
import { WEEKDAYS } from '../labels';
import type { Schedule, WeeklyHours } from '../types';
import { useAction } from '@/lib/use-action';
import { Chips } from './chips';

export const LENGTHS = [30, 40, 45, 50, 60, 90];
export const BUFFERS = [0, 5, 10, 15, 20, 30];
const onFiveMinutes = (time: string) => /^\d{2}:[0-5][05]$/.test(time);
const byDayAndTime = (a: WeeklyHours, b: WeeklyHours) => a.weekday - b.weekday || a.starts.localeCompare(b.starts);

/** The counsellor's week: how long a session is, the break after it, and the hours on each weekday. */
export function ScheduleForm({ schedule, onSaved }: { schedule: Schedule; onSaved: (next: Schedule) => void }) {
  const [slotMinutes, setSlotMinutes] = useState(schedule.slotMinutes);
  const [bufferMinutes, setBufferMinutes] = useState(schedule.bufferMinutes);
  const [hours, setHours] = useState<WeeklyHours[]>(schedule.hours);
  const [draft, setDraft] = useState<WeeklyHours>({ weekday: 1, starts: '14:00', ends: '17:00' });
  const [dirty, setDirty] = useState(false);
  const { isBusy, error, setError, run } = useAction();
  const change =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setDirty(true);
    };

  const add = () => {
    if (!onFiveMinutes(draft.starts) || !onFiveMinutes(draft.ends))
      return setError('请选择整 5 分钟的时间，例如 14:00、14:05');
    if (draft.starts >= draft.ends) return setError('开始时间要早于结束时间');
    setError(null);
    change(setHours)([...hours, draft].sort(byDayAndTime));
  };
  const save = async () => {
    const saved = await run('save', () => saveSchedule({ slotMinutes, bufferMinutes, hours }));
    if (saved) {
      setDirty(false);
      showSuccess('已保存');
      onSaved(saved);
    }
  };

  return (
    <View>
      <CellGroup title="每次咨询时长">
        <Chips
          options={LENGTHS.map((n) => ({ key: String(n), label: `${n} 分钟` }))}
          isOn={(k) => Number(k) === slotMinutes}
          onTap={(k) => change(setSlotMinutes)(Number(k))}
          testIdPrefix="length-"
        />
      </CellGroup>
      <CellGroup title="两次咨询之间休息">
        <Chips
          options={BUFFERS.map((n) => ({ key: String(n), label: n ? `${n} 分钟` : '不休息' }))}
          isOn={(k) => Number(k) === bufferMinutes}
          onTap={(k) => change(setBufferMinutes)(Number(k))}
          testIdPrefix="buffer-"
        />
      </CellGroup>
      <CellGroup title="每周可预约时间" footer="会员只能在这些时间里预约；已经约好的咨询不受修改影响。">
        {hours.length === 0 && <Cell title="还没有设置，会员暂时约不到您" />}
        {hours.map((h, i) => (
          <Cell
            key={`${h.weekday}-${h.starts}`}
            title={`${WEEKDAYS[h.weekday - 1]}  ${h.starts}–${h.ends}`}
            value={
              <Text
                className="link-text"
                onClick={() => change(setHours)(hours.filter((_, j) => j !== i))}
                {...a11y({ role: 'button' })}
              >
                删除
              </Text>
            }
          />
        ))}
      </CellGroup>
      <CellGroup title="添加一段时间">
        <Picker
          className="ui-picker"
          mode="selector"
          range={WEEKDAYS}
          value={draft.weekday - 1}
          onChange={(e) => setDraft({ ...draft, weekday: Number(e.detail.value) + 1 })}
        >
          <FormField label="星期">
            <Text className="ui-input">{WEEKDAYS[draft.weekday - 1]}</Text>
          </FormField>
        </Picker>
        <Picker
          className="ui-picker"
          mode="time"
          value={draft.starts}
          onChange={(e) => setDraft({ ...draft, starts: String(e.detail.value) })}
        >
          <FormField label="开始">
            <Text className="ui-input">{draft.starts}</Text>
          </FormField>
        </Picker>
        <Picker
          className="ui-picker"
          mode="time"
          value={draft.ends}
          onChange={(e) => setDraft({ ...draft, ends: String(e.detail.value) })}
        >
          <FormField label="结束">
            <Text className="ui-input">{draft.ends}</Text>
          </FormField>
        </Picker>
      </CellGroup>
      <FormError message={error} />
      {dirty && <Text className="cs-hint cs-dirty">有改动尚未保存，请点“保存每周安排”。</Text>}
      <View className="cs-actions">
        <Button onClick={add} testId="hours-add">
          添加这段时间
        </Button>
        <Button type="primary" loading={isBusy('save')} onClick={save} testId="schedule-save">
          保存每周安排
        </Button>
      </View>
    </View>
  );
}
