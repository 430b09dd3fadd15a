import { useState } from 'react';
import { View } from '@tarojs/components';
import { CellGroup, TextAreaField } from '@/components';
import { useAction } from '@/lib/use-action';
import { replyToMotion } from '../api';
import type { Motion } from '../types';
import { SubmitBar } from './submit-bar';
import './congress.css';

/** 答复: recorded by staff on the department's behalf; the proposer and seconders are told. */
export function ReplyForm({ motion: m, onChange }: { motion: Motion; onChange: (next: Motion) => void }) {
  const [body, setBody] = useState('');
  const action = useAction(replyToMotion);
  const submit = async () => {
    if (!body.trim()) return action.setError('请填写答复内容');
    const next = await action.run(m.id, body.trim());
    if (next) onChange(next);
  };
  return (
    <CellGroup title={`录入${m.departmentName ?? '承办部门'}的${m.round === 2 ? '第二次' : ''}答复`}>
      <View className="congress-form__block">
        <TextAreaField
          hideLabel
          label="答复内容"
          className="congress-form__textarea"
          maxLength={2000}
          placeholder="承办部门的办理情况和答复意见"
          value={body}
          onInput={setBody}
          testId="reply-body"
        />
      </View>
      <SubmitBar
        error={action.error}
        busy={action.busy}
        onClick={submit}
        testId="reply-submit"
        ariaLabel="保存答复并通知提案人"
      >
        保存答复
      </SubmitBar>
    </CellGroup>
  );
}
