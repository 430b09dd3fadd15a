import { useState } from 'react';
import { Input, Picker, Text, View } from '@tarojs/components';
import { a11y, Button, CellGroup, FormError, FormField } from '@/components';
import { useAction } from '@/lib/use-action';
import { createSeries } from '../api';
import { addDays, commonStarts, countDates, maxRun, openWeekdays, runEnd, weekdaysText } from '../series-plan';
import { dateTitle } from '../slot-labels';
import type { Room, SeriesCreated } from '../types';
import './form-extras.css';
import './booking.css';
import './series.css';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];
const TERMS = [4, 8, 12, 16, 20];

interface Props {
  rooms: Room[];
  roomId?: number;
  today: string;
  onCreated: (result: SeriesCreated) => void;
}

/** 新增固定安排: a room, its weekdays, a start and how many slots, a range of dates and what it is for. */
export function SeriesForm({ rooms, roomId, today, onCreated }: Props) {
  const [roomIndex, setRoomIndex] = useState(() =>
    Math.max(
      0,
      rooms.findIndex((r) => r.id === roomId),
    ),
  );
  const [title, setTitle] = useState('');
  const [weekdays, setWeekdays] = useState<number[]>([]);
  const [picked, setPicked] = useState<string | null>(null);
  const [slots, setSlots] = useState(1);
  const [startsOn, setStartsOn] = useState(today);
  const [endsOn, setEndsOn] = useState(addDays(today, 12 * 7 - 1));
  const [seats, setSeats] = useState('');
  const { run, busy: saving, error, setError } = useAction(createSeries, { then: onCreated });

  const room = rooms[roomIndex]!;
  const open = openWeekdays(room);
  const starts = commonStarts(room, weekdays);
  const start = picked && starts.includes(picked) ? picked : null;
  const longest = start ? Math.min(12, maxRun(room, weekdays, start)) : 0;
  const count = Math.min(slots, Math.max(longest, 1));
  const dates = countDates(startsOn, endsOn, weekdays);

  const toggle = (w: number) =>
    setWeekdays((days) => (days.includes(w) ? days.filter((d) => d !== w) : [...days, w].sort((a, b) => a - b)));
  const pickRoom = (i: number) => {
    setRoomIndex(i);
    setWeekdays([]);
    setPicked(null);
    setSlots(1);
    setSeats('');
  };

  const submit = async () => {
    const seatCount = seats.trim() ? Number(seats) : undefined;
    if (!title.trim()) return setError('请填写用途，如“羽毛球社训练”');
    if (weekdays.length === 0) return setError('请选择每周哪几天');
    if (!start) return setError('请选择开始时间');
    if (endsOn < startsOn) return setError('截止日期不能早于首次日期');
    if (dates === 0) return setError(`所选日期范围内没有${weekdaysText(weekdays).replace('每周', '周')}`);
    if (seatCount !== undefined && !(Number.isInteger(seatCount) && seatCount >= 1 && seatCount <= room.capacity)) {
      return setError(`占用座位请填 1 到 ${room.capacity} 之间的整数`);
    }
    await run({
      roomId: room.id,
      title: title.trim(),
      weekdays,
      start,
      slots: count,
      startsOn,
      endsOn,
      seats: seatCount,
    });
  };

  return (
    <View data-testid="series-form">
      <CellGroup title="场地与用途">
        <Picker
          className="ui-picker"
          mode="selector"
          range={rooms.map((r) => r.name)}
          value={roomIndex}
          onChange={(e) => pickRoom(Number(e.detail.value))}
        >
          <FormField label="场地">
            <Text className="ui-input">{room.name}</Text>
            <Text className="ui-cell__arrow" />
          </FormField>
        </Picker>
        <FormField label="用途">
          <Input
            className="ui-input"
            placeholderClass="ui-input-placeholder"
            placeholder="如：羽毛球社训练"
            maxlength={30}
            value={title}
            onInput={(e) => setTitle(e.detail.value)}
            data-testid="series-title"
          />
        </FormField>
      </CellGroup>

      <CellGroup
        title="每周哪几天"
        footer={open.length < 7 ? `${room.name}只在${weekdaysText(open).replace('每周', '周')}开放。` : undefined}
      >
        <View className="bk-series-days">
          {WEEKDAYS.map((name, i) => {
            const w = i + 1;
            const closed = !open.includes(w);
            const on = weekdays.includes(w);
            return (
              <View
                key={w}
                className={`bk-series-day${on ? ' bk-series-day--on' : ''}${closed ? ' bk-series-day--off' : ''}`}
                onClick={closed ? undefined : () => toggle(w)}
                data-testid={`series-day-${w}`}
                {...a11y({ role: 'checkbox', checked: on, disabled: closed })}
              >
                <Text>{name}</Text>
              </View>
            );
          })}
        </View>
      </CellGroup>

      <CellGroup
        title="开始时间"
        footer={weekdays.length > 0 && starts.length === 0 ? '所选几天没有共同的时段，请少选一天。' : undefined}
      >
        {weekdays.length === 0 ? (
          <Text className="bk-series-hint">请先选择星期</Text>
        ) : (
          <View className="bk-chips">
            {starts.map((t) => (
              <Text
                key={t}
                className={`bk-chip${t === start ? ' bk-chip--on' : ''}`}
                onClick={() => setPicked(t)}
                data-testid={`series-start-${t}`}
                {...a11y({ role: 'radio', checked: t === start })}
              >
                {t}
              </Text>
            ))}
          </View>
        )}
      </CellGroup>

      {start && (
        <CellGroup title="每次占用" footer={`每个时段 ${room.slotMinutes} 分钟，多选即连续占用。`}>
          <View className="bk-chips">
            {Array.from({ length: Math.min(longest, 6) }, (_, i) => i + 1).map((n) => (
              <Text
                key={n}
                className={`bk-chip${n === count ? ' bk-chip--on' : ''}`}
                onClick={() => setSlots(n)}
                data-testid={`series-slots-${n}`}
                {...a11y({ role: 'radio', checked: n === count })}
              >
                {n} 个时段（{start}–{runEnd(room, start, n)}）
              </Text>
            ))}
          </View>
          {room.mode === 'seats' && (
            <FormField label="占用座位">
              <Input
                className="ui-input"
                placeholderClass="ui-input-placeholder"
                type="number"
                placeholder={`不填即整场 ${room.capacity} 个`}
                value={seats}
                onInput={(e) => setSeats(e.detail.value)}
                data-testid="series-seats"
              />
            </FormField>
          )}
        </CellGroup>
      )}

      <CellGroup title="日期范围" footer="闭馆的日子会自动跳过；已被预约的时段不会挤占，结果里会逐一列出。">
        <Picker
          className="ui-picker"
          mode="date"
          value={startsOn}
          start={today}
          onChange={(e) => setStartsOn(String(e.detail.value))}
        >
          <FormField label="首次日期">
            <Text className="ui-input">{dateTitle(startsOn)}</Text>
            <Text className="ui-cell__arrow" />
          </FormField>
        </Picker>
        <Picker
          className="ui-picker"
          mode="date"
          value={endsOn}
          start={startsOn}
          onChange={(e) => setEndsOn(String(e.detail.value))}
        >
          <FormField label="截止日期">
            <Text className="ui-input" data-testid="series-ends-on">
              {dateTitle(endsOn)}
            </Text>
            <Text className="ui-cell__arrow" />
          </FormField>
        </Picker>
        <View className="bk-chips">
          {TERMS.map((weeks) => {
            const end = addDays(startsOn, weeks * 7 - 1);
            return (
              <Text
                key={weeks}
                className={`bk-chip${endsOn === end ? ' bk-chip--on' : ''}`}
                onClick={() => setEndsOn(end)}
                data-testid={`series-weeks-${weeks}`}
                {...a11y({ role: 'radio', checked: endsOn === end })}
              >
                {weeks} 周
              </Text>
            );
          })}
        </View>
      </CellGroup>

      {start && dates > 0 && (
        <Text className="bk-note bk-note--ok bk-series-plan" data-testid="series-plan">
          共 {dates} 天、{dates * count} 个时段：{weekdaysText(weekdays)} {start}–{runEnd(room, start, count)}，
          {dateTitle(startsOn)} 至 {dateTitle(endsOn)}
        </Text>
      )}
      <FormError message={error} />
      <View className="ui-form-actions">
        <Button type="primary" loading={saving} onClick={submit} testId="series-submit">
          预约以上全部日期
        </Button>
      </View>
    </View>
  );
}
