import { useState } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import { a11y, CellGroup, ChoiceChips, FormField, TextAreaField } from '@/components';
import { useAction } from '@/lib/use-action';
import { usePageData } from '@/lib/use-page-data';
import { listDepartments, listMotions, reviewMotion } from '../api';
import { addDays, formatDate, HANDLING_LABELS, motionName, todayIn } from '../labels';
import type { Motion, RejectHandling, Review } from '../types';
import { SubmitBar } from './submit-bar';
import './congress.css';

const DECISIONS = [
  { key: 'accept', label: '立案' },
  { key: 'reject', label: '不立案' },
  { key: 'merge', label: '并案' },
] as const;
const HANDLINGS = (Object.keys(HANDLING_LABELS) as RejectHandling[]).map((key) => ({
  key,
  label: HANDLING_LABELS[key],
}));

/** 提案工作委员会: 立案 to a department with a deadline, 不立案 with a reason, or 并案 into another motion. */
export function ReviewForm({ motion: m, onChange }: { motion: Motion; onChange: (next: Motion) => void }) {
  const today = todayIn();
  const [decision, setDecision] = useState<Review['decision'] | null>(null);
  const [departmentId, setDepartmentId] = useState<number | null>(null);
  const [dueOn, setDueOn] = useState(addDays(today, 30));
  const [reason, setReason] = useState('');
  const [handling, setHandling] = useState<RejectHandling | null>(null);
  const [intoId, setIntoId] = useState<number | null>(null);
  const action = useAction(reviewMotion);

  // The choices are asked for once: a failure leaves them empty, and the server names what is missing.
  const departments = usePageData(listDepartments, { onShow: false }).data ?? [];
  const session = usePageData(() => listMotions(m.sessionId), { deps: [m.sessionId], onShow: false });
  const others = (session.data?.items ?? []).filter(
    (x) => x.id !== m.id && (x.status === 'submitted' || x.status === 'accepted'),
  );

  const submit = async () => {
    if (!decision) return action.setError('请选择审查意见');
    const review: Review =
      decision === 'accept'
        ? { decision, departmentId: departmentId ?? undefined, dueOn }
        : decision === 'reject'
          ? { decision, reason: reason.trim(), handling: handling ?? undefined }
          : { decision, intoId: intoId ?? undefined };
    const next = await action.run(m.id, review);
    if (next) onChange(next);
  };
  return (
    <CellGroup title="提案审查（提案工作委员会）" testId="review-form">
      <View className="congress-form__block">
        <ChoiceChips items={DECISIONS} value={decision} onChange={setDecision} testIdPrefix="review-" />
      </View>
      {decision === 'accept' && (
        <View>
          <Text className="congress-form__hint">承办部门</Text>
          <View className="congress-form__block">
            <ChoiceChips
              items={departments.map((d) => ({ key: d.id, label: d.name }))}
              value={departmentId}
              onChange={setDepartmentId}
              testIdPrefix="department-"
              shape="card"
            />
          </View>
          <Picker
            mode="date"
            value={dueOn}
            start={addDays(today, 1)}
            end={addDays(today, 180)}
            onChange={(e) => setDueOn(e.detail.value)}
          >
            <FormField label="答复期限">
              <View
                className="ui-input"
                {...a11y({ role: 'button', label: `答复期限 ${formatDate(dueOn)}，点按修改` })}
              >
                <Text>{formatDate(dueOn)}</Text>
              </View>
            </FormField>
          </Picker>
        </View>
      )}
      {decision === 'reject' && (
        <View>
          <View className="congress-form__block">
            <TextAreaField
              hideLabel
              label="不立案理由"
              className="congress-form__textarea"
              maxLength={500}
              placeholder="不立案的理由，将告知提案人和附议代表"
              value={reason}
              onInput={setReason}
              testId="review-reason"
            />
          </View>
          <View className="congress-form__block">
            <ChoiceChips
              items={HANDLINGS}
              value={handling}
              onChange={setHandling}
              testIdPrefix="handling-"
              shape="card"
            />
          </View>
        </View>
      )}
      {decision === 'merge' && (
        <View className="congress-form__block">
          {others.length === 0 && <Text className="congress-card__meta">本次会议没有可以并入的提案</Text>}
          <ChoiceChips
            items={others.map((o) => ({ key: o.id, label: motionName(o) }))}
            value={intoId}
            onChange={setIntoId}
            testIdPrefix="merge-into-"
            shape="card"
          />
        </View>
      )}
      <SubmitBar
        error={action.error}
        busy={action.busy}
        onClick={submit}
        testId="review-submit"
        ariaLabel="提交审查意见"
      >
        提交审查意见
      </SubmitBar>
    </CellGroup>
  );
}
