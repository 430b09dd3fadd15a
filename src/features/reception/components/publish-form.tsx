import { useState } from 'react';
import { Input, Picker, View } from '@tarojs/components';
import { CellGroup, FormField, Tabs } from '@/components';
import { publishSessions } from '../api';
import { addDays, formatDay, nextWeekday, RECEIVER_LABELS, todayIn, weeklyPlan } from '../labels';
import type { NewSessions, Receiver } from '../types';
import { useAction } from '@/lib/use-action';
import { PickerRow } from './picker-row';
import { SubmitBar } from './submit-bar';
import './forms.css';

interface Props {
  receivers: Receiver[];
  onPublished: (created: number) => void;
}

const REPEATS = [
  { key: 'weekly', label: '每周固定' },
  { key: 'once', label: '单次' },
] as const;
const SLOT_MINUTES = [15, 20, 30, 40, 60];

/** 发布接待日: every week at the same time until a date, or once; who receives, where, how long a slot is. */
export function PublishForm({ receivers, onPublished }: Props) {
  const today = todayIn();
  const firstWednesday = nextWeekday(today, 3);
  const [form, setForm] = useState<NewSessions>({
    repeat: 'weekly',
    date: firstWednesday,
    until: addDays(firstWednesday, 11 * 7),
    startTime: '14:00',
    endTime: '17:00',
    slotMinutes: 20,
    place: '工会办公室',
    receiverId: receivers[0]?.id ?? 0,
  });
  const set = (patch: Partial<NewSessions>) => setForm((f) => ({ ...f, ...patch }));
  const action = useAction(publishSessions);
  const receiver = receivers.find((r) => r.id === form.receiverId);

  const submit = async () => {
    if (!receiver) return action.setError('请选择接待人');
    if (!form.place.trim()) return action.setError('请填写地点');
    const input = { ...form, place: form.place.trim(), until: form.repeat === 'weekly' ? form.until : undefined };
    const result = await action.run(input);
    if (result) onPublished(result.created);
  };

  return (
    <View>
      <Tabs items={REPEATS} value={form.repeat} onChange={(repeat) => set({ repeat })} testIdPrefix="repeat-" />
      <CellGroup
        footer={
          form.repeat === 'weekly'
            ? `${weeklyPlan(form.date, form.until ?? form.date)}。会员可在小程序里预约其中的时段。`
            : '会员可在小程序里预约其中的时段。'
        }
      >
        <Picker mode="date" value={form.date} start={today} onChange={(e) => set({ date: e.detail.value })}>
          <PickerRow label={form.repeat === 'weekly' ? '第一次' : '日期'} text={formatDay(form.date)} />
        </Picker>
        {form.repeat === 'weekly' && (
          <Picker
            mode="date"
            value={form.until ?? form.date}
            start={form.date}
            end={addDays(form.date, 366)}
            onChange={(e) => set({ until: e.detail.value })}
          >
            <PickerRow label="重复到" text={formatDay(form.until ?? form.date)} />
          </Picker>
        )}
        <Picker mode="time" value={form.startTime} onChange={(e) => set({ startTime: e.detail.value })}>
          <PickerRow label="开始时间" text={form.startTime} />
        </Picker>
        <Picker mode="time" value={form.endTime} onChange={(e) => set({ endTime: e.detail.value })}>
          <PickerRow label="结束时间" text={form.endTime} />
        </Picker>
        <Picker
          mode="selector"
          range={SLOT_MINUTES.map((m) => `${m} 分钟`)}
          value={SLOT_MINUTES.indexOf(form.slotMinutes)}
          onChange={(e) => set({ slotMinutes: SLOT_MINUTES[Number(e.detail.value)] ?? form.slotMinutes })}
        >
          <PickerRow label="每人时长" text={`${form.slotMinutes} 分钟`} />
        </Picker>
        <FormField label="地点">
          <Input
            className="ui-input"
            placeholderClass="ui-input-placeholder"
            placeholder="如：工会办公室"
            maxlength={40}
            value={form.place}
            onInput={(e) => set({ place: e.detail.value })}
          />
        </FormField>
        <Picker
          mode="selector"
          range={receivers.map((r) => `${r.name}（${RECEIVER_LABELS[r.role]}）`)}
          value={Math.max(0, receivers.indexOf(receiver!))}
          onChange={(e) => set({ receiverId: receivers[Number(e.detail.value)]?.id ?? 0 })}
        >
          <PickerRow
            label="接待人"
            text={receiver ? `${receiver.name}（${RECEIVER_LABELS[receiver.role]}）` : '请选择'}
          />
        </Picker>
      </CellGroup>
      <SubmitBar error={action.error} busy={action.busy} onClick={submit} testId="publish-sessions">
        发布
      </SubmitBar>
    </View>
  );
}
