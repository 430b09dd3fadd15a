import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { a11y, Button, CellGroup, FormError } from '@/components';
import { cancelAppointment, markAttendance } from '../api';
import { RATING_LABELS, todayIn } from '../labels';
import type { Appointment } from '../types';
import { useAction } from '@/lib/use-action';
import { HelpCaseLink } from './help-case';
import { ReplyBlock } from './member-panel';
import { Row } from './visit-card';
import { AssignForm, RegisterForm, ReplyForm } from './officer-forms';
import './panels.css';

interface Props {
  appointment: Appointment;
  onChange: (next: Appointment) => void;
}

const CANCEL_REASONS = ['接待人临时有公务', '接待日调整', '会员要求改期'];

function Attendance({ appointment: a, onChange }: Props) {
  const action = useAction(markAttendance);
  const mark = async (attended: boolean) => {
    const next = await action.run(a.id, attended);
    if (next) onChange(next);
  };
  const noShow = a.status === 'no_show';
  return (
    <CellGroup title={noShow ? '会员未到场' : '会员到了吗？'}>
      <View className="reception-panel__buttons">
        <Button type="primary" loading={action.busy} onClick={() => mark(true)} testId="mark-arrived">
          {noShow ? '改为已到场' : '已到场'}
        </Button>
        {!noShow && (
          <Button loading={action.busy} onClick={() => mark(false)} testId="mark-no-show">
            未到场
          </Button>
        )}
      </View>
      <FormError message={action.error} />
    </CellGroup>
  );
}

/** The record once it is done: what was raised, who it went to, and the member's rating. */
function Records({ appointment: a }: { appointment: Appointment }) {
  if (!a.raised && !a.rating) return null;
  return (
    <CellGroup title="办理记录">
      <View className="reception-panel__rows" data-testid="visit-records">
        {a.raised && <Row label="登记">{a.raised}</Row>}
        {a.helpCaseRequested && a.helpCaseNote && <Row label="帮扶说明">{a.helpCaseNote}</Row>}
        {a.assignee && <Row label="交办">{a.assignee}</Row>}
        {a.repliedOnTime !== null && <Row label="答复时效">{a.repliedOnTime ? '按期答复' : '逾期答复'}</Row>}
        {a.rating && (
          <Row label="会员评价">
            {RATING_LABELS[a.rating]}
            {a.ratingComment ? `：${a.ratingComment}` : ''}
          </Row>
        )}
      </View>
    </CellGroup>
  );
}

/** The chair's side of a visit: who came, 登记 → 交办 → 答复, in the order the rule asks for. */
export function OfficerPanel({ appointment: a, onChange }: Props) {
  const cancel = useAction(cancelAppointment);
  const onDay = a.date <= todayIn();
  const open = a.canHandle && a.status !== 'cancelled' && a.status !== 'no_show' && !a.reply;
  const chooseCancel = async () => {
    const { tapIndex } = await Taro.showActionSheet({ itemList: CANCEL_REASONS }).catch(() => ({ tapIndex: -1 }));
    const reason = CANCEL_REASONS[tapIndex];
    if (!reason) return;
    const next = await cancel.run(a.id, reason);
    if (next) onChange(next);
  };
  return (
    <View>
      {a.contentHidden && (
        <View className="reception-panel__hint">会员希望保密：只有接待人能看到内容并登记、交办和答复。</View>
      )}
      {a.overdue && <View className="reception-panel__hint">已过答复期限，请尽快答复会员。</View>}
      {onDay && (a.status === 'booked' || (a.status === 'no_show' && a.canHandle)) && (
        <Attendance appointment={a} onChange={onChange} />
      )}
      {!onDay && a.status === 'booked' && (
        <View className="reception-panel__hint">接待当天可在这里登记到场情况和会员反映的问题。</View>
      )}
      {open && onDay && <RegisterForm appointment={a} onChange={onChange} />}
      {open && a.raised && <AssignForm appointment={a} onChange={onChange} />}
      {open && a.raised && <ReplyForm appointment={a} onChange={onChange} />}
      {a.helpCaseId && <HelpCaseLink id={a.helpCaseId} />}
      <ReplyBlock appointment={a} />
      {!open && <Records appointment={a} />}
      {a.canCancel && (
        <View>
          <FormError message={cancel.error} />
          <Text
            className="reception-panel__link"
            onClick={chooseCancel}
            data-testid="officer-cancel"
            {...a11y({ role: 'button' })}
          >
            {cancel.busy ? '正在取消…' : '取消这个预约（会通知会员）'}
          </Text>
        </View>
      )}
    </View>
  );
}
