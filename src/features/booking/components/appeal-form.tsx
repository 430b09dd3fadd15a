import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, CellGroup, FormError, TextAreaField } from '@/components';
import { formatDateTime } from '@/lib/dayjs';
import { useAction } from '@/lib/use-action';
import { appealSuspension } from '../api';
import type { Suspension } from '../types';
import './booking.css';

const REASON_MAX = 300;

interface Props {
  suspension: Suspension;
  onSent: (suspension: Suspension) => void;
}

/** 申诉: why the member thinks the suspension is wrong; staff answer it once. */
export function AppealForm({ suspension, onSent }: Props) {
  const [reason, setReason] = useState('');
  const {
    run,
    busy: sending,
    error,
    setError,
  } = useAction((id: number, why: string) => appealSuspension(id, why), { then: onSent });

  const submit = async () => {
    if (!reason.trim()) return setError('请填写申诉理由');
    await run(suspension.id, reason.trim());
  };

  return (
    <View>
      <View className="bk-card">
        <Text className="bk-card__title">预约资格暂停至 {formatDateTime(suspension.endsAt)}</Text>
        <Text className="bk-card__sub">原因：{suspension.reason}</Text>
        <Text className="bk-note">
          如因生病、临时公务等无法签到，请写明情况。每次暂停可申诉一次，工会处理后会通知您。
        </Text>
      </View>
      <CellGroup>
        <TextAreaField
          label="申诉理由"
          value={reason}
          onInput={setReason}
          maxLength={REASON_MAX}
          placeholder="例如：当天临时监考，未能到场签到"
          testId="appeal-reason"
        />
      </CellGroup>
      <FormError message={error} />
      <View className="ui-form-actions">
        <Button type="primary" loading={sending} onClick={submit} testId="appeal-submit">
          提交申诉
        </Button>
      </View>
    </View>
  );
}
