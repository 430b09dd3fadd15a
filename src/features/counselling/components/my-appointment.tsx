import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Cell, CellGroup, FormError } from '@/components';
import { formatDateTime } from '@/lib/dayjs';
import { actOnMine, type MemberAction, rate } from '../api';
import { timeRange } from '../format';
import { CONTACT_LABELS, MODE_LABELS, statusExplanation } from '../labels';
import type { MyAppointment } from '../types';
import { useAction } from '@/lib/use-action';
import { Paragraph } from './paragraph';
import { RatingInput, ratingWord } from './rating-input';
import { StatusBanner } from './status-banner';

interface Props {
  appointment: MyAppointment;
  cutoffHours: number;
  onChange: (next: MyAppointment) => void;
}

const confirmFirst = async (title: string, content: string) =>
  (await Taro.showModal({ title, content, confirmText: '确定', cancelText: '再想想' })).confirm;

/** The member's own appointment: what was agreed, and what they can do next. */
export function MyAppointmentView({ appointment: a, cutoffHours, onChange }: Props) {
  const { isBusy, error, run } = useAction();
  const act = async (action: MemberAction) => {
    const next = await run(action, () => actOnMine(a.id, action));
    if (next) onChange(next);
  };
  const cancel = async () => {
    if (await confirmFirst('取消这次预约？', '取消后这个时段会让给其他老师，需要时可以重新预约。')) await act('cancel');
  };
  const declineProposal = async () => {
    if (await confirmFirst('不接受新的时间？', '这次预约会取消，您可以另选时间或其他咨询师。')) await act('decline');
  };
  const sendRating = async (score: number) => {
    const next = await run('rate', () => rate(a.id, score));
    if (next) onChange(next);
  };

  return (
    <View>
      <StatusBanner
        status={a.status}
        label={a.status === 'proposed' ? '待您答复' : undefined}
        text={statusExplanation(a)}
      />
      {a.status === 'proposed' && (
        <View className="cs-card" data-testid="proposal">
          <Text className="cs-card__title">咨询师建议改到 {timeRange(a.startsAt, a.endsAt)}</Text>
          {a.requestedStartsAt && (
            <Text className="cs-card__text">您原来选的是 {formatDateTime(a.requestedStartsAt)}</Text>
          )}
          <View className="cs-actions">
            <Button type="primary" loading={isBusy('accept')} onClick={() => act('accept')} testId="proposal-accept">
              接受新时间
            </Button>
            <Button loading={isBusy('decline')} onClick={declineProposal} testId="proposal-decline">
              不接受
            </Button>
          </View>
        </View>
      )}
      {a.declineReason && <Paragraph title="咨询师的说明" text={a.declineReason} />}
      <CellGroup title="预约内容">
        <Cell title="时间" value={timeRange(a.startsAt, a.endsAt)} multiline />
        <Cell title="方式" value={MODE_LABELS[a.mode]} />
        <Cell title="咨询师" value={a.counsellor.displayName} />
        {a.mode === 'in_person' && <Cell title="地点" value={a.counsellor.room} multiline />}
        {a.alias && <Cell title="我的称呼" value={a.alias} />}
        <Cell title="联系方式" value={CONTACT_LABELS[a.contact]} />
      </CellGroup>
      {a.arrangement && <Paragraph title="见面安排" text={a.arrangement} />}
      {a.note && <Paragraph title="我想聊的" text={a.note} />}
      {a.canRate && (
        <CellGroup title="这次咨询对您有帮助吗？" footer="评分不署名，咨询师只能看到多位老师评分的平均值。">
          <RatingInput busy={isBusy('rate')} onSubmit={sendRating} />
        </CellGroup>
      )}
      {a.rating !== null && (
        <CellGroup title="我的评价">
          <Cell title={'★'.repeat(a.rating)} value={ratingWord(a.rating)} />
        </CellGroup>
      )}
      <FormError message={error} />
      {a.canCancel && (
        <View className="cs-actions">
          <Button type="warn" loading={isBusy('cancel')} onClick={cancel} testId="appointment-cancel">
            取消预约
          </Button>
        </View>
      )}
      {!a.canCancel && a.status === 'confirmed' && a.cancelDeadline && Date.parse(a.startsAt) > Date.now() && (
        <Text className="cs-hint">
          已过取消截止时间（开始前 {cutoffHours}{' '}
          小时），不能在线取消了。如确实无法前来，请按见面安排中的方式告知咨询师。
        </Text>
      )}
    </View>
  );
}
