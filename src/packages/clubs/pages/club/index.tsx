import { useEffect, useState } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Textarea, View } from '@tarojs/components'
import { Button, Cell, CellGroup, EmptyView, PageContainer } from '../../../../components'
import { decideClubApplication, getClub, joinClub, leaveClub, listClubApplications, POLICY_LABELS, useAction } from '../../../../features/clubs'
import { useRequireSession } from '../../../../features/session'
import { formatDateTime } from '../../../../lib/dayjs'
import { readIdParam, ROUTES, withQuery } from '../../../../lib/routes'
import { useLoader } from '../../../../lib/use-loader'
import './index.css'

export default function ClubPage() {
  const member = useRequireSession()
  const id = readIdParam(useRouter().params.id) ?? 0
  const club = useLoader(() => getClub(id))
  const applications = useLoader(() => listClubApplications(id))
  const [reason, setReason] = useState('')
  const signedIn = !!member
  const isLeader = club.data?.myRole === 'leader'
  const { busy, act } = useAction(() => Promise.all([club.reload(), isLeader ? applications.reload() : undefined]))
  useEffect(() => {
    if (signedIn) void club.reload()
  }, [signedIn, club.reload])
  useEffect(() => {
    if (isLeader) void applications.reload()
  }, [isLeader, applications.reload])
  useDidShow(() => void (signedIn && club.data && club.reload()))

  if (!member) return null
  const c = club.data
  return (
    <PageContainer loading={club.loading && !c} error={club.error} onRetry={club.reload}>
      {c && (
        <View>
          <View className='club-intro'>
            <View className='club-intro__name'>{c.name}</View>
            <View className='club-intro__meta'>
              {c.memberCount} 名成员{c.memberCap ? `（上限 ${c.memberCap}）` : ''} · {POLICY_LABELS[c.joinPolicy]} · 负责人 {c.leaders.map((l) => l.name).join('、')}
            </View>
            <View>{c.intro || '负责人还没有写简介'}</View>
          </View>

          {isLeader && (
            <CellGroup title={`待审核的入社申请（${applications.data?.length ?? 0}）`} testId='club-applications'>
              {(applications.data ?? []).map((a) => (
                <Cell key={a.id} multiline title={a.name} label={a.reason || '未填写申请理由'} value={
                  <View className='club-apply'>
                    <Button size='small' type='primary' loading={busy === `ok${a.id}`} testId={`approve-${a.id}`}
                      onClick={() => void act(`ok${a.id}`, () => decideClubApplication(a.id, true), '已同意')}>同意</Button>
                    <Button size='small' loading={busy === `no${a.id}`}
                      onClick={() => void act(`no${a.id}`, () => decideClubApplication(a.id, false), '已婉拒')}>婉拒</Button>
                  </View>
                } />
              ))}
              {applications.data?.length === 0 && <EmptyView text='没有待审核的申请' />}
            </CellGroup>
          )}

          <CellGroup title='近期活动' testId='club-events'>
            {c.upcomingEvents.map((e) => (
              <Cell key={e.id} arrow multiline title={e.title} testId={`club-event-${e.id}`}
                label={`${formatDateTime(e.startsAt)} · ${e.place}`} value={`${e.confirmedCount}/${e.capacity}`}
                onClick={() => Taro.navigateTo({ url: withQuery(ROUTES.clubsEvent, { id: e.id }) })} />
            ))}
            {c.upcomingEvents.length === 0 && <EmptyView text='近期没有活动' />}
          </CellGroup>

          <CellGroup title='社团公告'>
            {c.announcements.map((a) => (
              <Cell key={a.id} multiline title={a.body} label={`${a.authorName} · ${formatDateTime(a.createdAt)}`} />
            ))}
            {c.announcements.length === 0 && <EmptyView text='暂无公告' />}
          </CellGroup>

          <View className='club-actions'>
            {c.myRole === null && c.joinPolicy === 'approval' && (
              <Textarea className='club-reason' placeholder='简单说说为什么想加入（选填）' maxlength={200} value={reason}
                onInput={(e) => setReason(e.detail.value)} data-testid='club-reason' />
            )}
            {c.myRole === null && c.myApplication?.status === 'rejected' && (
              <View className='club-note'>上次申请未通过{c.myApplication.reply ? `：${c.myApplication.reply}` : ''}</View>
            )}
            {c.myRole === null && c.joinPolicy !== 'closed' && (
              <Button type='primary' loading={busy === 'join'} testId='club-join'
                onClick={() => void act('join', () => joinClub(c.id, reason.trim() || undefined), c.joinPolicy === 'open' ? '已加入' : '申请已提交')}>
                {c.joinPolicy === 'open' ? '加入社团' : '申请加入'}
              </Button>
            )}
            {c.myRole === 'pending' && <View className='club-note' data-testid='club-pending'>申请已提交，等待负责人审核</View>}
            {c.myRole === 'member' && (
              <Button loading={busy === 'leave'} onClick={() => void act('leave', () => leaveClub(c.id), '已退出')}>退出社团</Button>
            )}
          </View>
        </View>
      )}
    </PageContainer>
  )
}
