import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, CellGroup, ChoiceChips, FormError, showSuccess, TextAreaField } from '@/components';
import { addHelpNote, listHelpHandlers, replyHelpRequest, transitionHelpRequest } from '../api';
import type { HelpCase, TransitionInput } from '../types';
import { useAction } from '@/lib/use-action';
import { usePageData } from '@/lib/use-page-data';
import { TextBox } from './text-box';
import './panels.css';

type Mode = 'accept' | 'assign' | 'request_info' | 'resolve' | 'reject' | null;

interface Props {
  kase: HelpCase;
  meId: number;
  onChanged: () => Promise<unknown>;
}

// One choice, not two toggles that look like one: two pre-lit chips read as "pick one", and
// tapping the wanted one turned it off.
const FOLLOW_UPS = [
  { key: 'both', label: '30 天和 90 天后各一次', days: [30, 90] },
  { key: 'd30', label: '只在 30 天后', days: [30] },
  { key: 'd90', label: '只在 90 天后', days: [90] },
  { key: 'none', label: '不安排回访', days: [] },
] as const;
type FollowUp = (typeof FOLLOW_UPS)[number]['key'];

/** The handler's moves on a case: each action the case allows now, a reply to the member, an internal note. */
export function HandlerActions({ kase, meId, onChanged }: Props) {
  const [mode, setMode] = useState<Mode>(null);
  const [handlerId, setHandlerId] = useState<number>(meId);
  const [outcome, setOutcome] = useState('');
  const [followUp, setFollowUp] = useState<FollowUp>('both');
  const followUpDays = [...FOLLOW_UPS.find((f) => f.key === followUp)!.days];
  const can = (action: HelpCase['actions'][number]) => kase.actions.includes(action);
  const send = async (input: TransitionInput, done: string) => {
    await transitionHelpRequest(kase.id, input);
    setMode(null);
    showSuccess(done);
    await onChanged();
  };
  const move = useAction(send);

  // Asked for when 受理/改派 opens; until it answers (or if it fails) there is no one to choose.
  const handlerList = usePageData(listHelpHandlers, { enabled: mode === 'accept' || mode === 'assign', onShow: false });
  const handlers = handlerList.data ?? [];
  useEffect(() => {
    if (mode === 'assign')
      setHandlerId(kase.handlerId === meId ? (handlers.find((h) => h.id !== meId)?.id ?? meId) : meId);
  }, [mode, handlerList.data, kase.handlerId, meId]);

  const button = (
    label: string,
    next: Mode | (() => void),
    testId: string,
    type: 'primary' | 'default' | 'warn' = 'default',
  ) => (
    <Button
      type={type}
      size="small"
      loading={move.busy && typeof next === 'function'}
      testId={testId}
      onClick={
        typeof next === 'function'
          ? next
          : () => {
              move.setError(null);
              setMode(mode === next ? null : next);
            }
      }
    >
      {label}
    </Button>
  );

  return (
    <View data-testid="help-handler-actions">
      {kase.actions.length > 0 && (
        <CellGroup title="办理">
          <View className="help-panel__buttons">
            {can('accept') && button('受理', 'accept', 'help-accept', 'primary')}
            {can('start') &&
              button('开始处理', () => void move.run({ action: 'start' }, '已开始处理'), 'help-start', 'primary')}
            {can('resolve') && button('办结', 'resolve', 'help-resolve', 'primary')}
            {can('resume') &&
              button('继续处理', () => void move.run({ action: 'resume' }, '已恢复处理'), 'help-resume', 'primary')}
            {can('request_info') && button('请会员补充', 'request_info', 'help-request-info')}
            {can('assign') && button('改派', 'assign', 'help-assign')}
            {can('reject') && button('不予办理', 'reject', 'help-reject', 'warn')}
          </View>
          {!mode && <FormError message={move.error} />}
        </CellGroup>
      )}

      {(mode === 'accept' || mode === 'assign') && (
        <CellGroup title={mode === 'accept' ? '由谁办理' : '改由谁办理'}>
          <View className="help-textbox">
            <ChoiceChips
              shape="card"
              items={handlers.map((h) => ({ key: h.id, label: h.id === meId ? `${h.name}（我）` : h.name }))}
              value={handlerId}
              onChange={setHandlerId}
              testIdPrefix="help-handler-"
            />
            <FormError message={move.error} />
            <View className="help-textbox__actions">
              <Button
                type="primary"
                size="small"
                loading={move.busy}
                className="help-textbox__send"
                testId="help-handler-confirm"
                onClick={() => void move.run({ action: mode, handlerId }, mode === 'accept' ? '已受理' : '已改派')}
              >
                {mode === 'accept' ? '确认受理' : '确认改派'}
              </Button>
            </View>
          </View>
        </CellGroup>
      )}
      {mode === 'request_info' && (
        <TextBox
          title="请会员补充的内容"
          placeholder="例如：请补充住院发票和诊断证明的照片"
          submitLabel="发给会员"
          testId="help-request-info-form"
          onCancel={() => setMode(null)}
          footer="等待补充期间，答复期限暂停计算。"
          onSubmit={(message) => send({ action: 'request_info', message }, '已请会员补充')}
        />
      )}
      {mode === 'reject' && (
        <TextBox
          title="不予办理的原因"
          placeholder="会员会看到这段说明"
          submitLabel="确认不予办理"
          tone="warn"
          maxLength={200}
          testId="help-reject-form"
          onCancel={() => setMode(null)}
          onSubmit={(reason) => send({ action: 'reject', reason }, '已答复会员')}
        />
      )}
      {mode === 'resolve' && (
        <CellGroup title="处理结果" footer="会员会收到办结消息并被请求评价；回访到期时出现在「回访」列表。">
          <View className="help-textbox" data-testid="help-resolve-form">
            <TextAreaField
              label="处理结果"
              hideLabel
              value={outcome}
              onInput={setOutcome}
              maxLength={1000}
              placeholder="办理了什么、结果如何"
              className="help-textbox__area"
            />
            <Text className="help-panel__label">安排回访（选一项）</Text>
            <ChoiceChips
              shape="card"
              className="help-panel__chips"
              items={FOLLOW_UPS}
              value={followUp}
              onChange={setFollowUp}
              testIdPrefix="help-follow-up-"
            />
            <FormError message={move.error} />
            <View className="help-textbox__actions">
              <Button size="small" onClick={() => setMode(null)} className="help-textbox__cancel">
                取消
              </Button>
              <Button
                type="primary"
                size="small"
                loading={move.busy}
                className="help-textbox__send"
                testId="help-resolve-submit"
                onClick={() =>
                  outcome.trim()
                    ? void move.run({ action: 'resolve', outcome: outcome.trim(), followUpDays }, '已办结')
                    : move.setError('请填写处理结果')
                }
              >
                确认办结
              </Button>
            </View>
          </View>
        </CellGroup>
      )}

      {kase.canReply && (
        <TextBox
          title="答复会员"
          placeholder="会员会收到消息并在求助详情中看到"
          submitLabel="发送答复"
          testId="help-reply"
          onSubmit={(body) =>
            replyHelpRequest(kase.id, body).then(() => {
              showSuccess('已答复');
              return onChanged();
            })
          }
        />
      )}
      <TextBox
        title="内部备注"
        placeholder="核实情况、研究意见等，会员看不到"
        submitLabel="保存备注"
        testId="help-note"
        footer="内部备注只有本工会的工会干事和主席能看到。"
        onSubmit={(body) =>
          addHelpNote(kase.id, body).then(() => {
            showSuccess('已保存');
            return onChanged();
          })
        }
      />
    </View>
  );
}
