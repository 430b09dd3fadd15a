import { useState } from 'react';
import { Input, Picker, Switch, Text, View } from '@tarojs/components';
import { Button, CellGroup, FormError, FormField, TextAreaField } from '@/components';
import { useAction } from '@/lib/use-action';
import {
  choicesWith,
  CUTOFF_CHOICES,
  readRoomForm,
  SLOT_CHOICES,
  toRoomForm,
  type RoomForm as Form,
  type RoomFormValue,
} from '../room-form';
import { formatDuration } from '../rules-text';
import type { Room, RoomMode } from '../types';
import { OpeningHoursEditor } from './opening-hours-editor';
import { COLORS } from '@/lib/colors';
import './form-extras.css';

const MODES: { key: RoomMode; label: string }[] = [
  { key: 'seats', label: '按座位预约（每时段多人）' },
  { key: 'whole', label: '整场预约（每时段一人包场）' },
];

const cutoffLabel = (m: number) => (m === 0 ? '开始前可随时取消' : `开始前 ${formatDuration(m)}`);

type TextKey = { [K in keyof Form]: Form[K] extends string ? K : never }[keyof Form];

interface Props {
  room?: Room;
  onSave: (value: RoomFormValue) => Promise<void>;
}

/** 场地编辑: every rule of a room, checked here first and again by the server. */
export function RoomForm({ room, onSave }: Props) {
  const [form, setForm] = useState<Form>(() => toRoomForm(room));
  const { run, busy: saving, error, setError } = useAction((value: RoomFormValue) => onSave(value));
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));

  const text = (key: TextKey, label: string, unit?: string, placeholder = '') => (
    <FormField label={label}>
      <Input
        className="ui-input"
        placeholderClass="ui-input-placeholder"
        type={unit ? 'number' : 'text'}
        placeholder={placeholder}
        value={form[key]}
        onInput={(e) => set(key, e.detail.value)}
        data-testid={`room-${key}`}
      />
      {unit && <Text className="bk-field-unit">{unit}</Text>}
    </FormField>
  );
  const choice = (label: string, options: string[], index: number, onPick: (i: number) => void) => (
    <Picker
      className="ui-picker"
      mode="selector"
      range={options}
      value={index}
      onChange={(e) => onPick(Number(e.detail.value))}
    >
      <FormField label={label}>
        <Text className="bk-field-value">{options[index]}</Text>
        <Text className="ui-cell__arrow" />
      </FormField>
    </Picker>
  );

  const submit = async () => {
    const result = readRoomForm(form);
    if (!result.ok) return setError(result.error);
    await run(result.value);
  };

  const slots = choicesWith(SLOT_CHOICES, form.slotMinutes);
  const cutoffs = choicesWith(CUTOFF_CHOICES, form.cancelCutoffMinutes);
  const modeIndex = MODES.findIndex((m) => m.key === form.mode);
  return (
    <View>
      <CellGroup title="基本信息">
        {text('name', '场地名称', undefined, '如：羽毛球场')}
        {text('location', '位置', undefined, '如：体育馆一楼')}
        <TextAreaField
          label="简介"
          value={form.description}
          onInput={(value) => set('description', value)}
          maxLength={500}
          placeholder="设施、注意事项等（选填）"
          className="bk-textarea--short"
        />
      </CellGroup>
      <CellGroup title="预约方式">
        {choice(
          '方式',
          MODES.map((m) => m.label),
          modeIndex,
          (i) => set('mode', MODES[i]!.key),
        )}
        {text('capacity', form.mode === 'seats' ? '每时段人数' : '可容纳人数', '人')}
        {choice(
          '时段长度',
          slots.map((m) => formatDuration(m)),
          slots.indexOf(form.slotMinutes),
          (i) => set('slotMinutes', slots[i]!),
        )}
      </CellGroup>
      <CellGroup title="开放时间" footer="每段时间按时段长度切分成可预约的时段。">
        <OpeningHoursEditor hours={form.hours} onChange={(hours) => set('hours', hours)} />
      </CellGroup>
      <CellGroup title="预约窗口与取消">
        {text('windowDays', '可提前预约', '天')}
        <Picker
          className="ui-picker"
          mode="time"
          value={form.releaseTime}
          onChange={(e) => set('releaseTime', String(e.detail.value))}
        >
          <FormField label="放号时间">
            <Text className="bk-field-value">{form.releaseTime === '00:00' ? '00:00（零点）' : form.releaseTime}</Text>
            <Text className="ui-cell__arrow" />
          </FormField>
        </Picker>
        {choice('取消截止', cutoffs.map(cutoffLabel), cutoffs.indexOf(form.cancelCutoffMinutes), (i) =>
          set('cancelCutoffMinutes', cutoffs[i]!),
        )}
      </CellGroup>
      <CellGroup title="每人限额" footer="留空表示不限。">
        {text('quotaPerDay', '每天最多', '次', '不限')}
        {text('quotaPerWeek', '每周最多', '次', '不限')}
        {text('quotaUpcoming', '未使用最多', '个', '不限')}
      </CellGroup>
      <CellGroup title="审核与签到" footer="签到时间外未签到的预约记为未到场，名额释放给其他人。">
        <FormField label="需要审核">
          <View className="bk-switch">
            <Switch
              color={COLORS.brandStrong}
              checked={form.requiresApproval}
              onChange={(e) => set('requiresApproval', e.detail.value)}
            />
          </View>
        </FormField>
        {text('checkInBeforeMinutes', '开始前可签', '分钟')}
        {text('checkInAfterMinutes', '开始后可签', '分钟')}
      </CellGroup>
      {room && (
        <CellGroup footer="关闭后不再接受预约，未开始的预约会取消并通知会员。">
          <FormField label="开放预约">
            <View className="bk-switch">
              <Switch
                color={COLORS.brandStrong}
                checked={form.active}
                onChange={(e) => set('active', e.detail.value)}
              />
            </View>
          </FormField>
        </CellGroup>
      )}
      <FormError message={error} />
      <View className="ui-form-actions">
        <Button type="primary" loading={saving} onClick={submit} testId="room-save">
          {room ? '保存修改' : '新增场地'}
        </Button>
      </View>
    </View>
  );
}
