import { useEffect, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Input, View } from '@tarojs/components'
import { Button, Cell, CellGroup, EmptyView, PageContainer, Tabs } from '../../../../components'
import { CATEGORY_TABS, isClubStaff, listClubs, POLICY_LABELS, roleLabel, type ClubCategory } from '../../../../features/clubs'
import { useRequireSession } from '../../../../features/session'
import { ROUTES, withQuery } from '../../../../lib/routes'
import { useLoader } from '../../../../lib/use-loader'
import './index.css'

type Filter = 'all' | ClubCategory

export default function ClubsPage() {
  const member = useRequireSession()
  const [category, setCategory] = useState<Filter>('all')
  const [q, setQ] = useState('')
  const list = useLoader(() => listClubs({ category: category === 'all' ? undefined : category, q: q.trim() || undefined }))
  const { reload } = list
  const signedIn = !!member
  useEffect(() => {
    if (signedIn) void reload()
  }, [category, q, signedIn, reload])
  usePullDownRefresh(() => void reload().then(() => Taro.stopPullDownRefresh()))
  useDidShow(() => void (signedIn && list.data && reload()))

  if (!member) return null
  const items = list.data ?? []
  return (
    <PageContainer loading={list.loading && !list.data} error={list.error} onRetry={reload}>
      <View className='clubs-search'>
        <Input className='clubs-search__input' placeholder='搜索社团名称或简介' value={q} confirmType='search'
          onConfirm={(e) => setQ(e.detail.value)} onBlur={(e) => setQ(e.detail.value)} data-testid='club-search' />
      </View>
      <Tabs items={CATEGORY_TABS} value={category} onChange={setCategory} testIdPrefix='tab-club-' />
      <CellGroup testId='club-list'>
        {items.map((club) => (
          <Cell key={club.id} arrow multiline title={club.name} testId={`club-${club.id}`}
            label={`${club.memberCount} 名成员 · ${POLICY_LABELS[club.joinPolicy]}`}
            value={roleLabel(club)}
            onClick={() => Taro.navigateTo({ url: withQuery(ROUTES.clubsClub, { id: club.id }) })} />
        ))}
        {list.data && items.length === 0 && <EmptyView text={q ? '没有找到相关社团' : '这里还没有社团'} />}
      </CellGroup>
      {isClubStaff(member) && (
        <View className='clubs-new'>
          <Button type='primary' testId='club-new' onClick={() => Taro.navigateTo({ url: ROUTES.clubsClubEdit })}>成立新社团</Button>
        </View>
      )}
    </PageContainer>
  )
}
