import { useState } from 'react';
import { Input, View } from '@tarojs/components';
import { Button, CellGroup, FormError, FormField } from '@/components';
import { errorMessage } from '@/services/http';
import { verifyReceipt } from '../api';
import { normalizeReceiptCode } from '../format';
import type { VerifiedReceipt } from '../types';

/** Staff check a receipt a member shows them: it proves participation and nothing else. */
export function ReceiptVerify() {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<VerifiedReceipt | null>(null);
  const [error, setError] = useState<string | null>(null);

  const check = async () => {
    const normalized = normalizeReceiptCode(code);
    if (normalized.length < 12) return setError('请输入完整的 12 位回执码');
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await verifyReceipt(normalized));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
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
      <FormError message={error} />
      <View className="ui-form-actions">
        <Button loading={busy} onClick={check}>
          核验
        </Button>
      </View>
    </View>
  );
}
