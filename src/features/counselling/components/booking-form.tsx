import { useEffect, useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { Button, CellGroup, FormError, FormField, TextAreaField } from '@/components';
import { useLoader } from '@/lib/use-loader';
import { useSubscribeTemplate } from '@/lib/use-subscribe-template';
import { ApiError } from '@/services/http';
import { askToSubscribe } from '@/services/subscribe';
import { createRequest, getCounsellorAvailability, listAnySlots } from '../api';
import { ALIAS_MAX, CONTACT_LABELS, MODE_HINTS, MODE_LABELS, MODES, NOTE_MAX } from '../labels';
import type { Contact, Counsellor, Mode, MyAppointment, Policy } from '../types';
import { useAction } from '@/lib/use-action';
import { Chips } from './chips';
import { SlotChooser } from './slot-chooser';
import './booking-form.css';

interface Props {
  /** null: 任一咨询师, whoever is free first. */
  counsellor: Counsellor | null;
  policy: Policy;
  onBooked: (appointment: MyAppointment) => void;
}

const CONTACTS: Contact[] = ['message', 'phone'];

export function BookingForm({ counsellor, policy, onBooked }: Props) {
  const modes = counsellor?.modes ?? MODES;
  const [mode, setMode] = useState<Mode>(modes[0]!);
  const [slot, setSlot] = useState<string | null>(null);
  const [alias, setAlias] = useState('');
  const [note, setNote] = useState('');
  const [contact, setContact] = useState<Contact>('message');
  const { isBusy, error, setError, run } = useAction((_name: 'book', work: () => Promise<MyAppointment>) => work(), {
    onError: (err) => {
      // Someone was quicker: show what is still free.
      if (err instanceof ApiError && (err.code === 'SLOT_TAKEN' || err.code === 'SLOT_UNAVAILABLE')) {
        setSlot(null);
        void reload();
      }
    },
  });
  const templateId = useSubscribeTemplate('counselling');
  const slots = useLoader(() => (counsellor ? getCounsellorAvailability(counsellor.id) : listAnySlots(mode)));
  const { reload } = slots;

  // One counsellor's free times do not depend on the mode; 任一咨询师's do (who offers it).
  const slotKey = counsellor ? counsellor.id : mode;
  useEffect(() => {
    setSlot(null);
    void reload();
  }, [slotKey, reload]);

  // Phone sessions need the number: the contact follows the mode.
  const effectiveContact: Contact = mode === 'phone' ? 'phone' : contact;

  const submit = async () => {
    if (!slot) return setError('请先选择一个时段');
    // First, straight from the tap (WeChat asks only then): a WeChat message when the counsellor answers.
    // A "no" or a failure changes nothing; the in-app message centre gets the news either way.
    if (templateId) await askToSubscribe(templateId);
    const created = await run('book', () =>
      createRequest({
        counsellorId: counsellor?.id ?? null,
        startsAt: slot,
        mode,
        alias: alias.trim() || undefined,
        note: note.trim() || undefined,
        contact: effectiveContact,
      }),
    );
    if (created) onBooked(created);
  };

  return (
    <View className="cs-booking">
      <CellGroup title="咨询方式">
        <Chips
          grid
          options={modes.map((m) => ({ key: m, label: MODE_LABELS[m], sub: MODE_HINTS[m] }))}
          isOn={(m) => m === mode}
          onTap={setMode}
          testIdPrefix="mode-"
        />
      </CellGroup>
      <CellGroup
        title={
          counsellor ? `选择时段（每次 ${counsellor.slotMinutes} 分钟）` : '选择时段（由这个时间有空的咨询师接待）'
        }
      >
        {slots.data ? (
          <SlotChooser days={slots.data.days} value={slot} onChange={setSlot} />
        ) : (
          <Text className="cs-hint cs-booking__loading">
            {slots.error ? '时段加载失败，请下拉刷新' : '正在查找空闲时段…'}
          </Text>
        )}
      </CellGroup>
      <CellGroup title="补充信息（都可以不填）" footer="填写称呼后，咨询师只看到这个称呼，看不到您的姓名。">
        <FormField label="称呼">
          <Input
            className="ui-input"
            placeholderClass="ui-input-placeholder"
            placeholder="例如：小林（选填）"
            maxlength={ALIAS_MAX}
            value={alias}
            onInput={(e) => setAlias(e.detail.value)}
          />
        </FormField>
        <TextAreaField
          label="想聊什么"
          value={note}
          onInput={setNote}
          maxLength={NOTE_MAX}
          placeholder="简单说说最近的困扰，帮助咨询师提前准备；不想写也没关系"
          className="cs-textarea"
        />
      </CellGroup>
      <CellGroup
        title="咨询师怎样联系您"
        footer={
          effectiveContact === 'phone'
            ? '咨询师会看到您登记的手机号。'
            : '有变化时只在小程序里发消息给您，消息中不写具体内容。'
        }
      >
        <Chips
          options={CONTACTS.map((c) => ({ key: c, label: CONTACT_LABELS[c] }))}
          isOn={(c) => c === effectiveContact}
          onTap={(c) => (mode === 'phone' ? setError('电话咨询需要咨询师打电话给您') : setContact(c))}
          testIdPrefix="contact-"
        />
      </CellGroup>
      <FormError message={error} />
      <View className="cs-actions">
        <Button type="primary" loading={isBusy('book')} onClick={submit} testId="booking-submit">
          提交预约
        </Button>
      </View>
      <Text className="cs-hint">
        提交后由咨询师确认。确认前可随时取消；确认后，开始前 {policy.cancelCutoffHours}{' '}
        小时内不能在线取消。同一时间最多保留 {policy.maxUpcoming} 个未完成的预约。
      </Text>
    </View>
  );
}
