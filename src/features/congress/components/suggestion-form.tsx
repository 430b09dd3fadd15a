import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { CellGroup, FormField, TextAreaField } from '@/components';
import { useAction } from '@/lib/use-action';
import { SubmitBar } from './submit-bar';
import './congress.css';

/** A member who is not a 代表 writes a 建议; a 代表 may take it up as a motion. */
export function SuggestionForm({ onSubmit }: { onSubmit: (title: string, body: string) => Promise<unknown> }) {
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const action = useAction(onSubmit);
  const submit = async () => {
    if (!title.trim()) return action.setError('请填写建议标题');
    if (!body.trim()) return action.setError('请写明建议内容');
    await action.run(title.trim(), body.trim());
  };
  return (
    <View data-testid="suggestion-form">
      <Text className="congress-intro">
        只有教代会代表可以提出提案。您的建议会送到本届代表手中，代表采纳后作为提案提出。
      </Text>
      <CellGroup title="建议">
        <FormField label="标题">
          <Input
            className="ui-input"
            placeholderClass="ui-input-placeholder"
            placeholder="一句话说明建议"
            maxlength={40}
            value={title}
            onInput={(e) => setTitle(e.detail.value)}
            aria-label="建议标题"
            data-testid="suggestion-title"
          />
        </FormField>
        <View className="congress-form__block">
          <TextAreaField
            hideLabel
            label="建议内容"
            className="congress-form__textarea"
            maxLength={1000}
            placeholder="存在什么问题，希望怎样解决"
            value={body}
            onInput={setBody}
            testId="suggestion-body"
          />
        </View>
      </CellGroup>
      <SubmitBar
        error={action.error}
        busy={action.busy}
        onClick={submit}
        testId="suggestion-submit"
        ariaLabel="把建议送给代表"
      >
        送给代表
      </SubmitBar>
    </View>
  );
}
