import { useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { CellGroup, TextAreaField } from '@/components';
import { useAction } from '@/lib/use-action';
import { answerObjection, objectToDisclosure } from '../api';
import { formatDateTime, newClientKey } from '../labels';
import type { Disclosure, Objection } from '../types';
import { SubmitBar } from './submit-bar';
import './congress.css';

/** 异议 during the 公示期: only the union's staff and chair read it, and answer it here. */
export function ObjectionForm({ item, onChange }: { item: Disclosure; onChange: (next: Disclosure) => void }) {
  const [body, setBody] = useState('');
  const key = useRef(newClientKey());
  const action = useAction(objectToDisclosure);
  const submit = async () => {
    if (!body.trim()) return action.setError('请写明异议的内容和理由');
    const next = await action.run(item.id, key.current, body.trim());
    if (next) {
      key.current = newClientKey();
      setBody('');
      onChange(next);
    }
  };
  return (
    <CellGroup title="提出异议" footer="异议只有工会干事和工会主席看到，答复会发到您的消息中。">
      <View className="congress-form__block">
        <TextAreaField
          hideLabel
          label="异议内容"
          className="congress-form__textarea"
          maxLength={1000}
          placeholder="对公示内容有不同意见，请写明事实和理由"
          value={body}
          onInput={setBody}
          testId="objection-body"
        />
      </View>
      <SubmitBar
        error={action.error}
        busy={action.busy}
        onClick={submit}
        testId="objection-submit"
        ariaLabel="提交异议"
      >
        提交异议
      </SubmitBar>
    </CellGroup>
  );
}

function AnswerForm({ objection, onAnswered }: { objection: Objection; onAnswered: (next: Objection) => void }) {
  const [answer, setAnswer] = useState('');
  const action = useAction(answerObjection);
  const submit = async () => {
    if (!answer.trim()) return action.setError('请填写答复');
    const next = await action.run(objection.id, answer.trim());
    if (next) onAnswered(next);
  };
  return (
    <View>
      <TextAreaField
        hideLabel
        label="答复异议"
        className="congress-form__textarea"
        maxLength={1000}
        placeholder="核实情况后答复异议人"
        value={answer}
        onInput={setAnswer}
        testId={`answer-body-${objection.id}`}
      />
      <SubmitBar
        type="default"
        error={action.error}
        busy={action.busy}
        onClick={submit}
        testId={`answer-submit-${objection.id}`}
        ariaLabel="保存答复"
      >
        答复
      </SubmitBar>
    </View>
  );
}

/** The objections the viewer may read: their own, or (staff) all of them with who sent each. */
export function ObjectionList({
  item,
  manage,
  onChange,
}: {
  item: Disclosure;
  manage: boolean;
  onChange: (next: Disclosure) => void;
}) {
  if (item.objections.length === 0) return null;
  const answered = (next: Objection) =>
    onChange({ ...item, objections: item.objections.map((o) => (o.id === next.id ? next : o)) });
  return (
    <CellGroup title={manage ? `收到的异议（${item.objections.length}）` : '我提出的异议'} testId="objection-list">
      {item.objections.map((o) => (
        <View key={o.id} className="congress-form__block">
          <Text className="congress-card__label">{`${o.memberName ? `${o.memberName} · ` : ''}${formatDateTime(o.createdAt)}`}</Text>
          <Text className="congress-card__text">{o.body}</Text>
          {o.answer ? (
            <View className="congress-reply">
              <Text className="congress-card__label">{`工会答复 · ${formatDateTime(o.answeredAt!)}`}</Text>
              <Text className="congress-card__text">{o.answer}</Text>
            </View>
          ) : manage ? (
            <AnswerForm objection={o} onAnswered={answered} />
          ) : (
            <Text className="congress-card__meta">等待工会答复</Text>
          )}
        </View>
      ))}
    </CellGroup>
  );
}
