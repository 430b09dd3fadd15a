import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, CellGroup, FormError, TextField } from '@/components';
import { useAction } from '@/lib/use-action';
import { bindMember } from '../api';
import type { Session } from '../types';

interface Props {
  ticket: string;
  onBound: (session: Session) => void;
}

function validate(name: string, staffNo: string, phoneLast4: string): string | null {
  if (!name) return '请填写姓名';
  if (!staffNo) return '请填写工号';
  if (!/^\d{4}$/.test(phoneLast4)) return '请填写手机号后四位（4位数字）';
  return null;
}

export function BindForm({ ticket, onBound }: Props) {
  const [name, setName] = useState('');
  const [staffNo, setStaffNo] = useState('');
  const [phoneLast4, setPhoneLast4] = useState('');
  // 信息与花名册不符, 尝试次数过多… come from the server, worded for the member.
  const bind = useAction(bindMember, { then: onBound });

  const submit = () => {
    const input = { ticket, name: name.trim(), staffNo: staffNo.trim(), phoneLast4: phoneLast4.trim() };
    const invalid = validate(input.name, input.staffNo, input.phoneLast4);
    if (invalid) return bind.setError(invalid);
    void bind.run(input);
  };

  return (
    <View>
      <CellGroup>
        <TextField
          label="姓名"
          placeholder="与工会花名册一致"
          value={name}
          maxLength={20}
          onInput={setName}
          testId="bind-name"
        />
        <TextField
          label="工号"
          placeholder="学校工号"
          value={staffNo}
          maxLength={32}
          onInput={setStaffNo}
          testId="bind-staff-no"
        />
        <TextField
          label="手机号后四位"
          placeholder="花名册登记的手机号"
          type="number"
          maxLength={4}
          value={phoneLast4}
          onInput={setPhoneLast4}
          testId="bind-phone"
        />
      </CellGroup>
      <FormError message={bind.error} />
      <View className="ui-form-actions">
        <Button type="primary" loading={bind.busy} onClick={submit} testId="bind-submit">
          确认绑定
        </Button>
      </View>
    </View>
  );
}
