import { View } from '@tarojs/components';
import { Button, Cell, CellGroup } from '@/components';
import { formatDateTime, formatTime } from '@/lib/dayjs';
import { cancelClubEventSignUp, signUpClubEvent } from '../api';
import type { ClubEvent } from '../types';
import type { ClubSteps } from '../use-club-steps';
import './clubs.css';

interface Props {
  event: ClubEvent;
  busy: ClubSteps['busy'];
  act: ClubSteps['act'];
}

function myStatus(e: ClubEvent): { text: string; tone: 'ok' | 'wait' | 'warn' } | null {
  if (e.cancelled) return { text: '活动已取消', tone: 'warn' };
  const mine = e.mySignUp;
  if (!mine) return null;
  if (mine.status === 'waitlisted')
    return { text: `名额已满，您在候补第 ${mine.waitlistPosition} 位，有人取消时自动递补并通知您`, tone: 'wait' };
  if (mine.attended) return { text: '您已签到，活动愉快！', tone: 'ok' };
  return { text: '您已报名成功。到场后请扫负责人出示的签到码签到。', tone: 'ok' };
}

/** What a member sees of an event: when, where, places, their own sign-up, and the one button. */
export function EventDetails({ event: e, busy, act }: Props) {
  const status = myStatus(e);
  const closed = e.cancelled || new Date(e.signupDeadline).getTime() < Date.now();
  const started = new Date(e.startsAt).getTime() <= Date.now();
  return (
    <View>
      <View className="clubs-card">
        <View className="clubs-card__title clubs-card__title--big">{e.title}</View>
        <View className="clubs-card__meta">
          {e.clubName} · {e.audience === 'members' ? '仅社团成员可报名' : '全校会员均可报名'}
        </View>
        {e.description && <View className="clubs-card__body">{e.description}</View>}
      </View>
      <CellGroup>
        <Cell title="时间" value={`${formatDateTime(e.startsAt)}–${formatTime(e.endsAt)}`} />
        <Cell title="地点" multiline value={e.room ? `${e.place}（已预约）` : e.place} />
        <Cell
          title="名额"
          value={`已报 ${e.confirmedCount} / ${e.capacity}${e.waitlistCount ? `，候补 ${e.waitlistCount}` : ''}`}
        />
        <Cell title="报名截止" value={formatDateTime(e.signupDeadline)} />
      </CellGroup>
      {status && (
        <View className={`clubs-banner clubs-banner--${status.tone}`} data-testid="event-my-status">
          {status.text}
        </View>
      )}
      {!e.cancelled && (
        <View className="clubs-actions">
          {!e.mySignUp && (
            <Button
              type={e.isLeader ? 'default' : 'primary'}
              disabled={closed}
              loading={busy('sign')}
              testId="event-sign-up"
              onClick={() => void act('sign', () => signUpClubEvent(e.id), '已报名')}
            >
              {closed
                ? '报名已截止'
                : e.confirmedCount >= e.capacity
                  ? '名额已满，报名候补'
                  : e.isLeader
                    ? '我也参加'
                    : '我要报名'}
            </Button>
          )}
          {e.mySignUp && !started && (
            <Button
              type="warn"
              loading={busy('cancel')}
              testId="event-cancel"
              onClick={() => void act('cancel', () => cancelClubEventSignUp(e.id), '已取消报名')}
            >
              {e.mySignUp.status === 'waitlisted' ? '不再候补' : '取消报名'}
            </Button>
          )}
        </View>
      )}
    </View>
  );
}
