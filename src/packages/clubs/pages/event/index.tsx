import { useEffect } from 'react'
import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button, Cell, CellGroup, EmptyView, PageContainer } from '../../../../components'
import { cancelClubEventSignUp, getClubEvent, listClubEventSignUps, markClubEventAttendance, signUpClubEvent, useAction } from '../../../../features/clubs'
import { useRequireSession } from '../../../../features/session'
import { formatDateTime } from '../../../../lib/dayjs'
import { readIdParam } from '../../../../lib/routes'
import { useLoader } from '../../../../lib/use-loader'
import './index.css'

export default function ClubEventPage() {
  const member = useRequireSession()
  const id = readIdParam(useRouter().params.id) ?? 0
  const event = useLoader(() => getClubEvent(id))
  const signUps = useLoader(() => listClubEventSignUps(id))
  const signedIn = !!member
  const isLeader = !!event.data?.isLeader
  const { busy, act } = useAction(() => Promise.all([event.reload(), isLeader ? signUps.reload() : undefined]))
  useEffect(() => {
    if (signedIn) void event.reload()
  }, [signedIn, event.reload])
  useEffect(() => {
    if (isLeader) void signUps.reload()
  }, [isLeader, signUps.reload])

  if (!member) return null
  const e = event.data
  const mine = e?.mySignUp
  const closed = !!e && (e.cancelled || new Date(e.signupDeadline).getTime() < Date.now())
  return (
    <PageContainer loading={event.loading && !e} error={event.error} onRetry={event.reload}>
      {e && (
        <View>
          <View className='club-event'>
            <View className='club-event__title'>{e.title}</View>
            <View>{e.clubName} · {e.audience === 'members' ? '仅社团成员' : '全校会员可报名'}</View>
            {e.description && <View>{e.description}</View>}
          </View>
          <CellGroup>
            <Cell title='时间' value={formatDateTime(e.startsAt)} />
            <Cell title='地点' value={e.place} />
            <Cell title='名额' value={`已报 ${e.confirmedCount} / ${e.capacity}${e.waitlistCount ? `，候补 ${e.waitlistCount}` : ''}`} />
            <Cell title='报名截止' value={formatDateTime(e.signupDeadline)} />
          </CellGroup>
          {mine && (
            <View className={`club-event__status${mine.status === 'waitlisted' ? ' club-event__status--wait' : ''}`} data-testid='event-my-status'>
              {mine.status === 'confirmed' ? '您已报名成功' : `名额已满，您在候补第 ${mine.waitlistPosition} 位，有人取消时自动递补`}
            </View>
          )}
          <View className='club-event__actions'>
            {!mine && (
              <Button type='primary' disabled={closed} loading={busy === 'sign'} testId='event-sign-up'
                onClick={() => void act('sign', () => signUpClubEvent(e.id), '已报名')}>
                {closed ? '报名已截止' : e.confirmedCount >= e.capacity ? '名额已满，报名候补' : '我要报名'}
              </Button>
            )}
            {mine && (
              <Button loading={busy === 'cancel'} testId='event-cancel'
                onClick={() => void act('cancel', () => cancelClubEventSignUp(e.id), '已取消报名')}>取消报名</Button>
            )}
          </View>
          {isLeader && (
            <CellGroup title={`报名名单（${signUps.data?.length ?? 0}）`} testId='event-sign-ups'>
              {(signUps.data ?? []).map((s) => (
                <Cell key={s.memberId} title={s.name} label={s.status === 'waitlisted' ? '候补' : s.attended ? '已到场' : s.attended === false ? '未到场' : '已报名'}
                  value={s.status === 'confirmed' && (
                    <Button size='small' type={s.attended ? 'default' : 'primary'} loading={busy === `a${s.memberId}`}
                      onClick={() => void act(`a${s.memberId}`, () => markClubEventAttendance(e.id, [{ memberId: s.memberId, attended: !s.attended }]), '已登记')}>
                      {s.attended ? '改为未到' : '到场'}
                    </Button>
                  )} />
              ))}
              {signUps.data?.length === 0 && <EmptyView text='还没有人报名' />}
            </CellGroup>
          )}
        </View>
      )}
    </PageContainer>
  )
}
