import { useState } from 'react';
import { Input, Picker, Text, View } from '@tarojs/components';
import { CellGroup, FormField, TextAreaField } from '@/components';
import { assign, recordOutcome, sendReply } from '../api';
import { addDays, ASSIGNEE_MAX, formatDay, REPLY_MAX, todayIn } from '../labels';
import type { Appointment } from '../types';
import { useAction } from '@/lib/use-action';
import { type HelpCaseChoice, HelpCaseFields, helpCaseProblem } from './help-case';
import { SubmitBar } from './submit-bar';
import './forms.css';
import './panels.css';

interface Props {
  appointment: Appointment;
  onChange: (next: Appointment) => void;
}

/** 登记: what the member raised, and whether it should become a help case. */
export function RegisterForm({ appointment: a, onChange }: Props) {
  const [raised, setRaised] = useState(a.raised ?? '');
  const [helpCase, setHelpCase] = useState<HelpCaseChoice>({
    requested: a.helpCaseRequested,
    note: a.helpCaseNote ?? '',
    title: '',
  });
  const action = useAction(recordOutcome);
  const submit = async () => {
    if (!raised.trim()) return action.setError('请填写会员反映的问题');
    const opening = helpCase.requested && !a.helpCaseId;
    const problem = opening ? helpCaseProblem(helpCase) : null;
    if (problem) return action.setError(problem);
    const note = helpCase.requested ? helpCase.note.trim() || undefined : undefined;
    const next = await action.run(a.id, {
      raised: raised.trim(),
      helpCaseRequested: helpCase.requested,
      helpCaseNote: note,
      ...(opening ? { helpCategoryId: helpCase.categoryId, helpCaseTitle: helpCase.title.trim() } : {}),
    });
    if (next) onChange(next);
  };
  return (
    <CellGroup title={a.raised ? '登记（可修改）' : '登记反映的问题'}>
      <View className="reception-form__block">
        <TextAreaField
          label="反映的问题"
          hideLabel
          value={raised}
          onInput={setRaised}
          maxLength={1000}
          placeholder="记录会员当面反映的问题和诉求"
          className="reception-form__textarea"
          testId="outcome-raised"
        />
      </View>
      {!a.helpCaseId && <HelpCaseFields value={helpCase} onChange={setHelpCase} raised={raised} />}
      <SubmitBar inset type="default" error={action.error} busy={action.busy} onClick={submit} testId="outcome-submit">
        保存登记
      </SubmitBar>
    </CellGroup>
  );
}

/** 交办: who handles it, and by when the member must have a reply (a week unless set). */
export function AssignForm({ appointment: a, onChange }: Props) {
  const today = todayIn();
  const [assignee, setAssignee] = useState(a.assignee ?? '');
  const [dueOn, setDueOn] = useState(a.assignee && a.dueOn && a.dueOn >= today ? a.dueOn : addDays(today, 7));
  const action = useAction(assign);
  const submit = async () => {
    if (!assignee.trim()) return action.setError('请填写交办给谁');
    const next = await action.run(a.id, assignee.trim(), dueOn);
    if (next) onChange(next);
  };
  return (
    <CellGroup title={a.assignee ? `已交办：${a.assignee}` : '交办'}>
      <FormField label="交办给">
        <Input
          className="ui-input"
          placeholderClass="ui-input-placeholder"
          placeholder="部门或负责人，如 后勤处"
          maxlength={ASSIGNEE_MAX}
          value={assignee}
          onInput={(e) => setAssignee(e.detail.value)}
          data-testid="assign-to"
        />
      </FormField>
      <Picker
        mode="date"
        value={dueOn}
        start={today}
        end={addDays(today, 60)}
        onChange={(e) => setDueOn(e.detail.value)}
      >
        <FormField label="答复期限">
          <View className="ui-input reception-form__picker">
            <Text>{formatDay(dueOn)}</Text>
            <Text className="ui-cell__arrow" />
          </View>
        </FormField>
      </Picker>
      <SubmitBar inset type="default" error={action.error} busy={action.busy} onClick={submit} testId="assign-submit">
        {a.assignee ? '重新交办' : '交办'}
      </SubmitBar>
    </CellGroup>
  );
}

/** 答复: sent to the member, who is asked to rate it. */
export function ReplyForm({ appointment: a, onChange }: Props) {
  const [reply, setReply] = useState('');
  const action = useAction(sendReply);
  const submit = async () => {
    if (!reply.trim()) return action.setError('请填写答复内容');
    const next = await action.run(a.id, reply.trim());
    if (next) onChange(next);
  };
  return (
    <CellGroup title="答复会员" footer="答复后会通知会员，并请其评价是否满意。答复发出后不能修改。">
      <View className="reception-form__block">
        <TextAreaField
          label="答复内容"
          hideLabel
          value={reply}
          onInput={setReply}
          maxLength={REPLY_MAX}
          placeholder="写给会员的答复：办理结果或进展"
          className="reception-form__textarea"
          testId="reply-text"
        />
      </View>
      <SubmitBar inset error={action.error} busy={action.busy} onClick={submit} testId="reply-submit">
        发送答复
      </SubmitBar>
    </CellGroup>
  );
}
