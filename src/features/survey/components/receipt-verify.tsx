import { useState } from 'react';
import { Input, View } from '@tarojs/components';
import { Button, CellGroup, FormError, FormField } from '@/components';
import { useAction } from '@/lib/use-action';
import { verifyReceipt } from '../api';
import { normalizeReceiptCode } from '../format';
import type { VerifiedReceipt } from '../types';

/** Staff check a receipt a member shows them: it proves participation and nothing else. */
export function ReceiptVerify() {
  const [code, setCode] = useState('');
  const [result, setResult] = useState<VerifiedReceipt | null>(null);
  const verify = useAction(verifyReceipt, { then: setResult });

  const check = () => {
    const normalized = normalizeReceiptCode(code);
    if (normalized.length < 12) return verify.setError('请输入完整的 12 位回执码');
    setResult(null);
    void verify.run(normalized);
  };

  return (
    <View>
      <CellGroup
        title="核验参评回执"
        footer={
          result ? `有效：${result.memberName} 已参加《${result.surveyTitle}》` : '回执码只证明参评，不包含任何答案。'
        }
      >
        <FormField label="回执码">
          <Input
            className="ui-input"
            placeholderClass="ui-input-placeholder"
            placeholder="如 ABCD-EFGH-2345"
            maxlength={20}
            value={code}
            onInput={(e) => setCode(e.detail.value)}
          />
        </FormField>
      </CellGroup>
      <FormError message={verify.error} />
      <View className="ui-form-actions">
        <Button loading={verify.busy} onClick={check}>
          核验
        </Button>
      </View>
    </View>
  );
}
