import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, Cell, CellGroup, EmptyView } from '@/components';
import { formatTime } from '@/lib/dayjs';
import { ROUTES, withQuery } from '@/lib/routes';
import { cancelClubEvent, markClubEventAttendance } from '../api';
import type { ClubEvent, EventSignUp } from '../types';
import type { ClubSteps } from '../use-club-steps';
import './clubs.css';

interface Props {
  event: ClubEvent;
  signUps: EventSignUp[];
  busy: ClubSteps['busy'];
  act: ClubSteps['act'];
}

const attendanceLabel = (s: EventSignUp) =>
  s.attended
    ? s.checkedInAt
      ? `${formatTime(s.checkedInAt)} 扫码签到`
      : '负责人登记到场'
    : s.attended === false
      ? '未到场'
      : '未签到';

/** The leader's part of the event page: the code to show, the sign-up list with attendance, the waitlist, calling it off. */
export function EventLeaderPanel({ event: e, signUps, busy, act }: Props) {
  const confirmed = signUps.filter((s) => s.status === 'confirmed');
  const waiting = signUps.filter((s) => s.status === 'waitlisted');
  const mark = (s: EventSignUp) =>
    act(
      `a${s.memberId}`,
      () => markClubEventAttendance(e.id, [{ memberId: s.memberId, attended: !s.attended }]),
      s.attended ? '已改为未到' : '已登记到场',
    );
  const cancel = async () => {
    const { confirm } = await Taro.showModal({
      title: '取消这次活动？',
      content: '已报名和候补的会员都会收到取消通知，预约的活动室会释放。',
      confirmText: '取消活动',
      cancelText: '再想想',
    });
    if (confirm) await act('cancel-event', () => cancelClubEvent(e.id), '活动已取消');
  };
  const ended = new Date(e.endsAt).getTime() <= Date.now();
  return (
    <View data-testid="event-leader">
      {e.room?.released && !e.cancelled && (
        <View className="clubs-banner clubs-banner--warn">
          {e.room.name}的预约已被取消（闭馆或工会干事调整），请另找场地，或取消活动。
        </View>
      )}
      {!e.cancelled && !ended && (
        <View className="clubs-actions clubs-actions--tight">
          <Button
            type="primary"
            testId="event-show-code"
            onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.clubsEventCode, { id: e.id }) })}
          >
            出示签到码
          </Button>
        </View>
      )}
      <CellGroup
        title={`已报名 ${confirmed.length} / ${e.capacity} · 已到场 ${e.attendedCount}`}
        testId="event-sign-ups"
        footer="会员扫码签到会自动记为到场；没带手机的，可点“到场”代为登记。"
      >
        {confirmed.map((s) => (
          <Cell
            key={s.memberId}
            title={s.name}
            label={attendanceLabel(s)}
            value={
              <Button
                size="small"
                type={s.attended ? 'default' : 'primary'}
                loading={busy(`a${s.memberId}`)}
                onClick={() => void mark(s)}
              >
                {s.attended ? '改为未到' : '到场'}
              </Button>
            }
          />
        ))}
        {confirmed.length === 0 && <EmptyView text="还没有人报名" />}
      </CellGroup>
      {waiting.length > 0 && (
        <CellGroup
          title={`候补名单（${waiting.length}）`}
          footer="有人取消报名时，候补第一位自动递补并收到通知。"
          testId="event-waitlist"
        >
          {waiting.map((s, i) => (
            <Cell key={s.memberId} title={s.name} value={`候补第 ${i + 1} 位`} />
          ))}
        </CellGroup>
      )}
      {!e.cancelled && !ended && (
        <View className="clubs-actions">
          <Button type="warn" loading={busy('cancel-event')} onClick={() => void cancel()} testId="event-cancel-event">
            取消活动
          </Button>
        </View>
      )}
    </View>
  );
}
