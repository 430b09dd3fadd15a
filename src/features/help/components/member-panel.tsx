import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, CellGroup, showSuccess } from '@/components';
import { formatDate } from '@/lib/dayjs';
import { useAction } from '@/lib/use-action';
import { rateHelpRequest, replyHelpRequest, transitionHelpRequest } from '../api';
import { dueLabel, RATING_LABEL } from '../labels';
import type { HelpRequest } from '../types';
import { RatingForm } from './rating-form';
import { TextBox } from './text-box';
import { COLORS } from '@/lib/colors';
import './panels.css';

interface Props {
  kase: HelpRequest;
  onChanged: () => Promise<unknown>;
}

/** What the member can do on their case now: supplement, leave a message, rate, reopen, withdraw. */
export function MemberPanel({ kase, onChanged }: Props) {
  const [reopening, setReopening] = useState(false);
  const can = (action: HelpRequest['actions'][number]) => kase.actions.includes(action);
  const planned = kase.visits.filter((v) => v.status === 'planned');
  const after = (message: string) => async () => {
    showSuccess(message);
    await onChanged();
  };

  const withdrawing = useAction(() => transitionHelpRequest(kase.id, { action: 'withdraw' }), {
    then: after('已撤回'),
    toast: true,
  });
  const withdraw = async () => {
    const { confirm } = await Taro.showModal({
      title: '撤回求助',
      content: '撤回后工会将不再办理，确定撤回吗？',
      confirmText: '撤回',
      confirmColor: COLORS.dangerStrong,
    });
    if (confirm) await withdrawing.run();
  };

  return (
    <View data-testid="help-member-panel">
      {(kase.status === 'resolved' || kase.status === 'closed') && kase.outcome && (
        <CellGroup title="处理结果">
          <View className="help-panel__text" data-testid="help-outcome">
            {kase.outcome}
          </View>
        </CellGroup>
      )}
      {kase.status === 'rejected' && kase.rejectReason && (
        <CellGroup title="未予办理的原因">
          <View className="help-panel__text">{kase.rejectReason}</View>
        </CellGroup>
      )}
      {kase.rating && (
        <CellGroup title="我的评价">
          <View className="help-panel__text" data-testid="help-my-rating">
            <Text className="help-panel__rating">{RATING_LABEL[kase.rating]}</Text>
            {kase.ratingComment ? `　${kase.ratingComment}` : ''}
          </View>
        </CellGroup>
      )}

      {planned.length > 0 && (
        <CellGroup title="回访">
          <View className="help-panel__text">
            工会计划于 {planned.map((v) => dueLabel(v.dueOn)).join('、')} 前后回访您，了解后续情况。
          </View>
        </CellGroup>
      )}

      {can('supplement') && (
        <TextBox
          title="补充说明"
          placeholder="写明补充了什么；照片或文件请在上方添加"
          submitLabel="提交补充"
          testId="help-supplement"
          onSubmit={(message) =>
            transitionHelpRequest(kase.id, { action: 'supplement', message }).then(after('已提交补充'))
          }
        />
      )}
      {kase.canReply && !can('supplement') && (
        <TextBox
          title="给工会留言"
          placeholder="有新情况或想问的，写在这里"
          submitLabel="发送"
          testId="help-message"
          onSubmit={(body) => replyHelpRequest(kase.id, body).then(after('已发送'))}
        />
      )}
      {can('rate') && (
        <RatingForm
          onRate={(rating, comment) => rateHelpRequest(kase.id, rating, comment).then(after('感谢您的评价'))}
        />
      )}
      {can('reopen') && !reopening && (
        <View className="help-panel__line">
          <Text className="help-panel__hint">
            问题没有解决？{kase.reopenUntil ? `${formatDate(kase.reopenUntil)}前` : ''}可以重新打开
          </Text>
          <Button size="small" onClick={() => setReopening(true)} testId="help-reopen">
            重新打开
          </Button>
        </View>
      )}
      {can('reopen') && reopening && (
        <TextBox
          title="重新打开的原因"
          placeholder="哪些问题还没有解决"
          submitLabel="重新打开"
          testId="help-reopen-form"
          onCancel={() => setReopening(false)}
          onSubmit={(message) =>
            transitionHelpRequest(kase.id, { action: 'reopen', message }).then(after('已重新打开'))
          }
        />
      )}
      {can('withdraw') && (
        <View className="ui-form-actions">
          <Button type="warn" loading={withdrawing.busy} onClick={() => void withdraw()} testId="help-withdraw">
            撤回求助
          </Button>
        </View>
      )}
    </View>
  );
}
