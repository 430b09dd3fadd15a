import { useState } from 'react';
import { Input, View } from '@tarojs/components';
import { Button, CellGroup, FormError, FormField } from '@/components';
import { errorMessage } from '@/services/http';
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
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    const input = { ticket, name: name.trim(), staffNo: staffNo.trim(), phoneLast4: phoneLast4.trim() };
    const invalid = validate(input.name, input.staffNo, input.phoneLast4);
    setError(invalid);
    if (invalid) return;
    setSubmitting(true);
    try {
      onBound(await bindMember(input));
    } catch (err) {
      // 信息与花名册不符, 尝试次数过多… come from the server, worded for the member.
      setError(errorMessage(err));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <View>
      <CellGroup>
        <FormField label="姓名">
          <Input
            className="ui-input"
            placeholderClass="ui-input-placeholder"
            placeholder="与工会花名册一致"
            value={name}
            maxlength={20}
            onInput={(e) => setName(e.detail.value)}
            data-testid="bind-name"
          />
        </FormField>
        <FormField label="工号">
          <Input
            className="ui-input"
            placeholderClass="ui-input-placeholder"
            placeholder="学校工号"
            value={staffNo}
            maxlength={32}
            onInput={(e) => setStaffNo(e.detail.value)}
            data-testid="bind-staff-no"
          />
        </FormField>
        <FormField label="手机号后四位">
          <Input
            className="ui-input"
            placeholderClass="ui-input-placeholder"
            placeholder="花名册登记的手机号"
            type="number"
            maxlength={4}
            value={phoneLast4}
            onInput={(e) => setPhoneLast4(e.detail.value)}
            data-testid="bind-phone"
          />
        </FormField>
      </CellGroup>
      <FormError message={error} />
      <View className="ui-form-actions">
        <Button type="primary" loading={submitting} onClick={submit} testId="bind-submit">
          确认绑定
        </Button>
      </View>
    </View>
  );
}
