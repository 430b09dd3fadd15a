import { useEffect, useRef, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button, CellGroup, EmptyView, ErrorView, Loading, PageContainer, Tabs } from '../../../../components'
import { BOARD_TABS, canPublishNotices, isBoardCategory, listNotices, NoticeCells, type BoardCategory } from '../../../../features/notices'
import { useRequireSession } from '../../../../features/session'
import { ROUTES, readParam, withQuery } from '../../../../lib/routes'
import { useLoader } from '../../../../lib/use-loader'
import { errorMessage } from '../../../../services/http'
import './index.css'

// The boards hold standing documents (rules, officers): one page of 100 is all of them.
const BOARD_LIMIT = 100

export default function NoticesPage() {
  const member = useRequireSession()
  const initial = readParam(useRouter().params.category)
  const [category, setCategory] = useState<BoardCategory>(isBoardCategory(initial) ? initial : 'rules')
  const list = useLoader(() => listNotices({ category, limit: BOARD_LIMIT }).then((p) => p.items))
  const { reload, setData } = list

  const signedIn = !!member
  useEffect(() => {
    if (signedIn) void reload()
  }, [category, signedIn, reload])
  // Coming back from the publish page: show the new notice.
  const shows = useRef(0)
  useDidShow(() => {
    if (shows.current++ > 0 && signedIn) void reload()
  })
  usePullDownRefresh(() => void reload().then(() => Taro.stopPullDownRefresh()))

  const switchTo = (next: BoardCategory) => {
    setData(() => undefined)
    setCategory(next)
  }

  if (!member) return null
  const canPublish = canPublishNotices(member)
  const items = list.data
  return (
    <PageContainer loading={list.loading} error={list.error} onRetry={reload} className={canPublish ? 'notices--staff' : ''}>
      <Tabs items={BOARD_TABS} value={category} onChange={switchTo} testIdPrefix='tab-notice-' />
      <CellGroup testId='notice-list'>
        {!items && list.loading && <Loading />}
        {!items && !list.loading && !!list.error && <ErrorView compact message={errorMessage(list.error)} onRetry={reload} />}
        {items && items.length > 0 && <NoticeCells items={items} />}
        {items && items.length === 0 && <EmptyView text='暂无公告' />}
      </CellGroup>
      {canPublish && (
        <View className='notices-publish'>
          <Button type='primary' testId='notice-publish'
            onClick={() => Taro.navigateTo({ url: withQuery(ROUTES.noticePublish, { category }) })}>
            发布公告
          </Button>
        </View>
      )}
    </PageContainer>
  )
}
