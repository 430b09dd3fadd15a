import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, CellGroup, ChoiceChips, FormError, TextAreaField } from '@/components';
import { formatDateTime } from '@/lib/dayjs';
import { cancelAppointment, rateReply } from '../api';
import { RATING_LABELS, RATINGS } from '../labels';
import type { Appointment, Rating } from '../types';
import { useAction } from '@/lib/use-action';
import { HelpCaseLink } from './help-case';
import { SubmitBar } from './submit-bar';
import './forms.css';
import './panels.css';

interface Props {
  appointment: Appointment;
  onChange: (next: Appointment) => void;
}

/** The chair's reply as the member reads it. */
export function ReplyBlock({ appointment: a }: { appointment: Appointment }) {
  if (!a.reply) return null;
  return (
    <CellGroup title="答复">
      <View className="reception-panel__text" data-testid="visit-reply">
        <Text userSelect>{a.reply}</Text>
        {a.repliedAt && <Text className="reception-panel__meta">{formatDateTime(a.repliedAt)} 答复</Text>}
      </View>
    </CellGroup>
  );
}

function RatingForm({ appointment, onChange }: Props) {
  const [rating, setRating] = useState<Rating | null>(null);
  const [comment, setComment] = useState('');
  const action = useAction(rateReply);
  const submit = async () => {
    if (!rating) return action.setError('请选择满意程度');
    const next = await action.run(appointment.id, rating, comment.trim() || undefined);
    if (next) onChange(next);
  };
  return (
    <CellGroup title="您对答复满意吗？">
      <View className="reception-form__block">
        <ChoiceChips items={RATINGS} value={rating} onChange={setRating} testIdPrefix="rating-" />
        <TextAreaField
          label="评价留言"
          hideLabel
          value={comment}
          onInput={setComment}
          maxLength={200}
          placeholder="还有什么想说的（选填）"
          className="reception-panel__comment"
        />
      </View>
      <SubmitBar error={action.error} busy={action.busy} onClick={submit} testId="rating-submit">
        提交评价
      </SubmitBar>
    </CellGroup>
  );
}

/** What the member can do with their appointment: read the reply, rate it, or cancel before it starts. */
export function MemberPanel({ appointment: a, onChange }: Props) {
  const cancel = useAction(cancelAppointment);
  const confirmCancel = async () => {
    const { confirm } = await Taro.showModal({
      title: '取消预约',
      content: '确定取消这次接待预约吗？',
      confirmText: '取消预约',
      cancelText: '再想想',
    });
    if (!confirm) return;
    const next = await cancel.run(a.id);
    if (next) onChange(next);
  };
  return (
    <View>
      {a.stage === 'booked' && (
        <View className="reception-panel__hint">请按时到{a.place}。如有变化，请在开始前取消，把时段留给其他会员。</View>
      )}
      {(a.stage === 'arrived' || a.stage === 'registered' || a.stage === 'assigned') && (
        <View className="reception-panel__hint">
          主席已登记您反映的问题，正在办理，一般在一周内答复。答复后会通过消息通知您。
        </View>
      )}
      {a.helpCaseId && <HelpCaseLink id={a.helpCaseId} asMember />}
      <ReplyBlock appointment={a} />
      {a.stage === 'replied' && <RatingForm appointment={a} onChange={onChange} />}
      {a.rating && (
        <CellGroup title="我的评价">
          <View className="reception-panel__text" data-testid="visit-rating">
            <Text className="reception-panel__rating">{RATING_LABELS[a.rating]}</Text>
            {a.ratingComment && <Text className="reception-panel__meta">{a.ratingComment}</Text>}
            <Text className="reception-panel__meta">感谢您的评价，工会会继续改进接待工作。</Text>
          </View>
        </CellGroup>
      )}
      {a.canCancel && (
        <View className="ui-form-actions">
          <FormError message={cancel.error} />
          <Button type="warn" loading={cancel.busy} onClick={confirmCancel} testId="appointment-cancel">
            取消预约
          </Button>
        </View>
      )}
    </View>
  );
}
