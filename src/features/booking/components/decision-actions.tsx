import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { Button, FormError } from '@/components';
import { useAction } from '@/lib/use-action';
import type { Decision } from '../types';
import './decision-actions.css';

interface Props {
  approveText: string;
  rejectText: string;
  /** The label of the reason asked for on 驳回, e.g. '驳回理由' or '答复'. */
  reasonLabel: string;
  reasonPlaceholder: string;
  reasonMax: number;
  onDecide: (decision: Decision, reason?: string) => Promise<void>;
}

/** 通过 / 驳回; 驳回 first asks for a reason the member will read. */
export function DecisionActions({
  approveText,
  rejectText,
  reasonLabel,
  reasonPlaceholder,
  reasonMax,
  onDecide,
}: Props) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const { run, busy, isBusy, error, setError } = useAction((decision: Decision, why?: string) =>
    onDecide(decision, why),
  );

  const decide = (decision: Decision) => {
    if (decision === 'reject' && !reason.trim()) return setError(`请填写${reasonLabel}`);
    void run(decision, decision === 'reject' ? reason.trim() : undefined);
  };

  return (
    <View className="bk-decide">
      {rejecting && (
        <View className="bk-decide__reason">
          <Text className="bk-decide__label">{reasonLabel}（会员可见）</Text>
          <Input
            className="ui-input bk-decide__input"
            placeholderClass="ui-input-placeholder"
            placeholder={reasonPlaceholder}
            maxlength={reasonMax}
            value={reason}
            onInput={(e) => setReason(e.detail.value)}
            data-testid="decision-reason"
          />
        </View>
      )}
      <FormError message={error} />
      <View className="bk-decide__buttons">
        {rejecting ? (
          <>
            <Button size="small" onClick={() => setRejecting(false)} disabled={busy}>
              返回
            </Button>
            <Button
              type="warn"
              size="small"
              loading={isBusy('reject')}
              onClick={() => decide('reject')}
              testId="decision-reject-confirm"
            >
              确认{rejectText}
            </Button>
          </>
        ) : (
          <>
            <Button
              type="warn"
              size="small"
              onClick={() => setRejecting(true)}
              disabled={busy}
              testId="decision-reject"
            >
              {rejectText}
            </Button>
            <Button
              type="primary"
              size="small"
              loading={isBusy('approve')}
              onClick={() => decide('approve')}
              testId="decision-approve"
            >
              {approveText}
            </Button>
          </>
        )}
      </View>
    </View>
  );
}
