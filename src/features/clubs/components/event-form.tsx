import { useState } from 'react';
import { Picker, View } from '@tarojs/components';
import { Button, CellGroup, ChoiceChips, FormError, TextAreaField, TextField } from '@/components';
import { formatDate, todayIn } from '@/lib/dayjs';
import { AUDIENCES, DEADLINES, type EventDraft, eventInput, newDraft, roomHint } from '../event-form';
import type { EventRoom, NewEvent } from '../types';
import { useAction } from '@/lib/use-action';
import { PickerRow } from './picker-row';
import './clubs.css';

interface Props {
  rooms: EventRoom[];
  onSubmit: (input: NewEvent) => Promise<void>;
}

const WHERE = [
  { key: 'place', label: '填写地点' },
  { key: 'room', label: '预约活动室' },
] as const;

/** 发起活动: what, when, where (a place, or a room reserved by the booking rules), how many, until when, for whom. */
export function EventForm({ rooms, onSubmit }: Props) {
  const [draft, setDraft] = useState<EventDraft>(() => newDraft());
  const { busy: saving, error, setError, run } = useAction();
  const set = (patch: Partial<EventDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const bookable = rooms.filter((r) => !r.requiresApproval);
  const room = bookable.find((r) => r.id === draft.roomId) ?? null;
  const needApproval = rooms.filter((r) => r.requiresApproval).map((r) => r.name);
  const today = todayIn();

  const submit = async () => {
    const input = eventInput(draft);
    if (typeof input === 'string') return setError(input);
    await run('save', () => onSubmit(input));
  };

  return (
    <View data-testid="event-form">
      <CellGroup title="活动">
        <TextField
          label="活动名称"
          placeholder="如：周三友谊赛"
          maxLength={40}
          value={draft.title}
          onInput={(title) => set({ title })}
          testId="event-title"
        />
        <TextAreaField
          label="活动说明"
          value={draft.description}
          onInput={(value) => set({ description: value })}
          maxLength={2000}
          placeholder="内容、要带的东西、注意事项（选填）"
          className="clubs-textarea"
          testId="event-description"
        />
      </CellGroup>
      <CellGroup title="时间">
        <View className="clubs-pickers">
          <Picker
            className="ui-picker"
            mode="date"
            value={draft.date}
            start={today}
            onChange={(e) => set({ date: String(e.detail.value) })}
          >
            <PickerRow label="日期" text={formatDate(`${draft.date}T12:00:00+08:00`)} testId="event-date" />
          </Picker>
          <Picker
            className="ui-picker"
            mode="time"
            value={draft.start}
            onChange={(e) => set({ start: String(e.detail.value) })}
          >
            <PickerRow label="开始时间" text={draft.start} testId="event-start" />
          </Picker>
          <Picker
            className="ui-picker"
            mode="time"
            value={draft.end}
            onChange={(e) => set({ end: String(e.detail.value) })}
          >
            <PickerRow label="结束时间" text={draft.end} testId="event-end" />
          </Picker>
        </View>
      </CellGroup>
      <CellGroup
        title="地点"
        footer={
          draft.where === 'room' && needApproval.length
            ? `${needApproval.join('、')}需工会审批，请联系工会干事预约后选“填写地点”。`
            : undefined
        }
      >
        <ChoiceChips
          shape="card"
          className="clubs-chips"
          items={WHERE}
          value={draft.where}
          onChange={(where) => set({ where })}
          testIdPrefix="event-where-"
        />
        {draft.where === 'place' ? (
          <TextField
            label="地点"
            placeholder="如：音乐教室（三楼）"
            maxLength={60}
            value={draft.place}
            onInput={(place) => set({ place })}
            testId="event-place"
          />
        ) : (
          <View>
            <Picker
              mode="selector"
              range={bookable.map((r) => `${r.name}（${r.location || '活动中心'}）`)}
              value={Math.max(0, bookable.indexOf(room!))}
              onChange={(e) => set({ roomId: bookable[Number(e.detail.value)]?.id ?? null })}
            >
              <PickerRow label="活动室" text={room ? room.name : '请选择'} testId="event-room" />
            </Picker>
            {room && (
              <View className="clubs-hint">
                {roomHint(room, draft.date)}。按预约规则一并预约，时段已被占用或闭馆时会提示。
              </View>
            )}
          </View>
        )}
      </CellGroup>
      <CellGroup title="报名">
        <TextField
          label="名额"
          type="number"
          maxLength={4}
          value={draft.capacity}
          onInput={(capacity) => set({ capacity })}
          hint="人，满员后可候补"
          testId="event-capacity"
        />
        <View className="clubs-label">报名截止</View>
        <ChoiceChips
          shape="card"
          className="clubs-chips"
          items={DEADLINES}
          value={draft.deadline}
          onChange={(deadline) => set({ deadline })}
          testIdPrefix="event-deadline-"
        />
        <View className="clubs-label">谁可以报名</View>
        <ChoiceChips
          shape="card"
          className="clubs-chips"
          items={AUDIENCES}
          value={draft.audience}
          onChange={(audience) => set({ audience })}
          testIdPrefix="event-audience-"
        />
      </CellGroup>
      <FormError message={error} />
      <View className="clubs-actions">
        <Button type="primary" loading={saving} onClick={() => void submit()} testId="event-submit">
          发布活动
        </Button>
      </View>
    </View>
  );
}
