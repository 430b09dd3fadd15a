import { useState } from 'react';
import { Input, View } from '@tarojs/components';
import { Button, CellGroup, FormError, FormField } from '@/components';
import { errorMessage } from '@/services/http';
import './branch-name-form.css';

interface Props {
  title: string;
  initial?: string;
  submitLabel: string;
  onSubmit: (name: string) => Promise<unknown>;
  onCancel?: () => void;
  testId: string;
}

/** One name for a 分工会: a new one, or another name for an existing one. */
export function BranchNameForm({ title, initial = '', submitLabel, onSubmit, onCancel, testId }: Props) {
  const [name, setName] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (!name.trim()) return setError('请填写分工会名称');
    setError(null);
    setBusy(true);
    try {
      await onSubmit(name.trim());
      setName('');
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <View data-testid={testId}>
      <CellGroup title={title}>
        <FormField label="名称">
          <Input
            className="ui-input"
            placeholderClass="ui-input-placeholder"
            placeholder="如：英语教研组分工会"
            maxlength={30}
            value={name}
            onInput={(e) => setName(e.detail.value)}
            data-testid={`${testId}-name`}
          />
        </FormField>
      </CellGroup>
      <FormError message={error} />
      <View className="branch-form__actions">
        {onCancel && (
          <Button onClick={onCancel} className="branch-form__button">
            取消
          </Button>
        )}
        <Button
          type="primary"
          loading={busy}
          onClick={submit}
          testId={`${testId}-submit`}
          className="branch-form__button"
        >
          {submitLabel}
        </Button>
      </View>
    </View>
  );
}
