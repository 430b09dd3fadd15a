import { useState } from 'react';
import { Input, Switch, View } from '@tarojs/components';
import { Button, CellGroup, FormError, FormField, TextAreaField } from '@/components';
import { createCounsellor, updateCounsellor } from '../api';
import { MODE_LABELS, MODES } from '../labels';
import type { CounsellorInput, ManagedCounsellor, Mode } from '../types';
import { useAction } from '@/lib/use-action';
import { Chips } from './chips';
import { BUFFERS, LENGTHS } from './schedule-form';
import { COLORS } from '@/lib/colors';

const EMPTY: CounsellorInput = {
  displayName: '',
  qualifications: '',
  introduction: '',
  modes: ['in_person'],
  room: '',
  slotMinutes: 50,
  bufferMinutes: 10,
};

/** Staff create or edit a counsellor's profile; creating needs the staff number of a member with the counsellor role. */
export function CounsellorForm({
  initial,
  onSaved,
}: {
  initial?: ManagedCounsellor;
  onSaved: (saved: ManagedCounsellor) => void;
}) {
  const [staffNo, setStaffNo] = useState('');
  const [form, setForm] = useState<CounsellorInput>(initial ? { ...EMPTY, ...initial } : EMPTY);
  const [active, setActive] = useState(initial?.active ?? true);
  const { isBusy, error, setError, run } = useAction();
  const set = <K extends keyof CounsellorInput>(key: K, value: CounsellorInput[K]) =>
    setForm({ ...form, [key]: value });
  const toggleMode = (mode: Mode) =>
    set('modes', form.modes.includes(mode) ? form.modes.filter((m) => m !== mode) : [...form.modes, mode]);

  const save = async () => {
    if (!initial && !staffNo.trim()) return setError('请填写工号');
    if (!form.displayName.trim()) return setError('请填写显示名称');
    if (form.modes.length === 0) return setError('请至少选择一种咨询方式');
    const input = { ...form, displayName: form.displayName.trim(), room: form.room.trim() };
    const saved = await run('save', () =>
      initial
        ? updateCounsellor(initial.id, { ...input, active })
        : createCounsellor({ ...input, staffNo: staffNo.trim() }),
    );
    if (saved) onSaved(saved);
  };

  const text = (key: 'displayName' | 'room', placeholder: string, max: number) => (
    <Input
      className="ui-input"
      placeholderClass="ui-input-placeholder"
      placeholder={placeholder}
      maxlength={max}
      value={form[key]}
      onInput={(e) => set(key, e.detail.value)}
    />
  );
  return (
    <View>
      <CellGroup title="档案">
        {!initial && (
          <FormField label="工号">
            <Input
              className="ui-input"
              placeholderClass="ui-input-placeholder"
              placeholder="已授予“心理咨询师”角色的会员"
              maxlength={20}
              value={staffNo}
              onInput={(e) => setStaffNo(e.detail.value)}
            />
          </FormField>
        )}
        <FormField label="显示名称">{text('displayName', '姓名或职业化名', 20)}</FormField>
        <FormField label="咨询室">{text('room', '提供面谈时必填', 60)}</FormField>
        <TextAreaField
          label="资质"
          value={form.qualifications}
          onInput={(value) => set('qualifications', value)}
          maxLength={200}
          className="cs-textarea"
        />
        <TextAreaField
          label="简介"
          value={form.introduction}
          onInput={(value) => set('introduction', value)}
          maxLength={1000}
        />
        {initial && (
          <FormField label="接待中">
            <View className="cs-switch">
              <Switch color={COLORS.calmStrong} checked={active} onChange={(e) => setActive(e.detail.value)} />
            </View>
          </FormField>
        )}
      </CellGroup>
      <CellGroup title="咨询方式（可多选）">
        <Chips
          options={MODES.map((m) => ({ key: m, label: MODE_LABELS[m] }))}
          several
          isOn={(m) => form.modes.includes(m)}
          onTap={toggleMode}
          testIdPrefix="edit-mode-"
        />
      </CellGroup>
      <CellGroup title="每次时长">
        <Chips
          options={LENGTHS.map((n) => ({ key: String(n), label: `${n} 分钟` }))}
          isOn={(k) => Number(k) === form.slotMinutes}
          onTap={(k) => set('slotMinutes', Number(k))}
          testIdPrefix="edit-length-"
        />
      </CellGroup>
      <CellGroup title="两次之间休息">
        <Chips
          options={BUFFERS.map((n) => ({ key: String(n), label: n ? `${n} 分钟` : '不休息' }))}
          isOn={(k) => Number(k) === form.bufferMinutes}
          onTap={(k) => set('bufferMinutes', Number(k))}
          testIdPrefix="edit-buffer-"
        />
      </CellGroup>
      <FormError message={error} />
      <View className="cs-actions">
        <Button type="primary" loading={isBusy('save')} onClick={save} testId="counsellor-save">
          保存
        </Button>
      </View>
    </View>
  );
}
