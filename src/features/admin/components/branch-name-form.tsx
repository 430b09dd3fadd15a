import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, CellGroup, FormError, TextField } from '@/components';
import { useAction } from '@/lib/use-action';
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
  const save = useAction(onSubmit, { then: () => setName('') });
  const submit = () => {
    if (!name.trim()) return save.setError('请填写分工会名称');
    void save.run(name.trim());
  };
  return (
    <View data-testid={testId}>
      <CellGroup title={title}>
        <TextField
          label="名称"
          placeholder="如：英语教研组分工会"
          maxLength={30}
          value={name}
          onInput={setName}
          testId={`${testId}-name`}
        />
      </CellGroup>
      <FormError message={save.error} />
      <View className="branch-form__actions">
        {onCancel && (
          <Button onClick={onCancel} className="branch-form__button">
            取消
          </Button>
        )}
        <Button
          type="primary"
          loading={save.busy}
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
