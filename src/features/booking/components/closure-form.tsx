import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Picker, Text, View } from '@tarojs/components';
import { a11y, Button, CellGroup, FormError, FormField } from '@/components';
import { useAction } from '@/lib/use-action';
import { createClosure } from '../api';
import { dateTitle } from '../slot-labels';
import type { ClosureCreated, NewClosure, Room } from '../types';
import './form-extras.css';

const REASONS = ['寒假', '暑假', '期末考试', '设备维修', '学校活动'];

interface Props {
  rooms: Room[];
  today: string;
  onCreated: (result: ClosureCreated) => void;
}

/** 新增闭馆: one room or all, a date range and a reason; bookings inside are cancelled. */
export function ClosureForm({ rooms, today, onCreated }: Props) {
  const [roomIndex, setRoomIndex] = useState(0);
  const [startsOn, setStartsOn] = useState(today);
  const [endsOn, setEndsOn] = useState(today);
  const [reason, setReason] = useState('');
  const {
    run,
    busy: saving,
    error,
    setError,
  } = useAction((input: NewClosure) => createClosure(input), {
    then: (result) => {
      onCreated(result);
      setReason('');
    },
  });
  const roomNames = ['全部场地', ...rooms.map((r) => r.name)];

  const submit = async () => {
    if (!reason.trim()) return setError('请填写闭馆原因');
    if (endsOn < startsOn) return setError('结束日期不能早于开始日期');
    setError(null);
    // Closing cancels every booking inside and messages each member: not a one-tap step.
    const span = startsOn === endsOn ? dateTitle(startsOn) : `${dateTitle(startsOn)}至${dateTitle(endsOn)}`;
    const { confirm } = await Taro.showModal({
      title: '确认闭馆',
      content: `${roomNames[roomIndex]}在${span}闭馆（${reason.trim()}）。期间已有的预约会取消，并通知会员。`,
      confirmText: '确认闭馆',
      cancelText: '再想想',
    });
    if (!confirm) return;
    const roomId = roomIndex === 0 ? null : rooms[roomIndex - 1]!.id;
    await run({ roomId, startsOn, endsOn, reason: reason.trim() });
  };

  return (
    <View data-testid="closure-form">
      <CellGroup title="新增闭馆" footer="闭馆期间已有的预约会自动取消，并逐一通知会员原因。">
        <Picker
          className="ui-picker"
          mode="selector"
          range={roomNames}
          value={roomIndex}
          onChange={(e) => setRoomIndex(Number(e.detail.value))}
        >
          <FormField label="场地">
            <Text className="ui-input">{roomNames[roomIndex]}</Text>
            <Text className="ui-cell__arrow" />
          </FormField>
        </Picker>
        <Picker
          className="ui-picker"
          mode="date"
          value={startsOn}
          start={today}
          onChange={(e) => setStartsOn(String(e.detail.value))}
        >
          <FormField label="开始日期">
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
          <FormField label="结束日期">
            <Text className="ui-input">{dateTitle(endsOn)}</Text>
            <Text className="ui-cell__arrow" />
          </FormField>
        </Picker>
        <FormField label="原因">
          <Input
            className="ui-input"
            placeholderClass="ui-input-placeholder"
            placeholder="会员会看到这个原因"
            maxlength={30}
            value={reason}
            onInput={(e) => setReason(e.detail.value)}
            data-testid="closure-reason"
          />
        </FormField>
        <View className="bk-chips">
          {REASONS.map((r) => (
            <Text
              key={r}
              className={`bk-chip${reason === r ? ' bk-chip--on' : ''}`}
              onClick={() => setReason(r)}
              {...a11y({ role: 'radio', checked: reason === r })}
            >
              {r}
            </Text>
          ))}
        </View>
      </CellGroup>
      <FormError message={error} />
      <View className="ui-form-actions">
        <Button type="primary" loading={saving} onClick={submit} testId="closure-submit">
          新增闭馆
        </Button>
      </View>
    </View>
  );
}
