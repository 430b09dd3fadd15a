import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, CellGroup, FormError, TextAreaField } from '@/components';
import { useAction } from '@/lib/use-action';
import './text-box.css';

interface Props {
  title: string;
  placeholder: string;
  submitLabel: string;
  onSubmit: (text: string) => Promise<unknown>;
  /** May be sent empty (e.g. 继续处理 needs no words). */
  optional?: boolean;
  maxLength?: number;
  testId: string;
  footer?: string;
  onCancel?: () => void;
  tone?: 'primary' | 'warn';
}

/** A titled text area with its send button: a reply, a note, a reason, a supplement. */
export function TextBox({
  title,
  placeholder,
  submitLabel,
  onSubmit,
  optional,
  maxLength = 1000,
  testId,
  footer,
  onCancel,
  tone = 'primary',
}: Props) {
  const [text, setText] = useState('');
  const action = useAction(async () => {
    await onSubmit(text.trim());
    setText('');
  });
  const send = () => {
    if (!optional && !text.trim()) return action.setError(`请填写${title.replace(/^(写|给工会)/, '')}`);
    void action.run();
  };
  return (
    <CellGroup title={title} footer={footer}>
      <View className="help-textbox" data-testid={testId}>
        <TextAreaField
          label={title}
          hideLabel
          value={text}
          onInput={setText}
          maxLength={maxLength}
          placeholder={placeholder}
          className="help-textbox__area"
        />
        <FormError message={action.error} />
        <View className="help-textbox__actions">
          {onCancel && (
            <Button size="small" onClick={onCancel} className="help-textbox__cancel">
              取消
            </Button>
          )}
          <Button
            type={tone}
            size="small"
            loading={action.busy}
            onClick={send}
            testId={`${testId}-submit`}
            className="help-textbox__send"
          >
            {submitLabel}
          </Button>
        </View>
      </View>
    </CellGroup>
  );
}
