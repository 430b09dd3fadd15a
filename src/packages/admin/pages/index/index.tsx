import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Badge, Cell, CellGroup, PageContainer } from '../../../../components'
import { adminApi, ROLE_LABELS } from '../../../../features/admin'
import { useRequireSession } from '../../../../features/session'
import { ROUTES } from '../../../../lib/routes'
import { useLoader } from '../../../../lib/use-loader'
import './index.css'

export default function WorkbenchPage() {
  const member = useRequireSession()
  const overview = useLoader(adminApi.getOverview)
  const { reload } = overview
  useDidShow(() => {
    if (member) void reload()
  })
  usePullDownRefresh(() => void reload().then(() => Taro.stopPullDownRefresh()))

  if (!member) return null
  const data = overview.data
  return (
    <PageContainer loading={overview.loading && !data} error={data ? null : overview.error} onRetry={reload}>
      {data && (
        <>
          <View className='workbench-head'>
            <View className='workbench-head__union'>{data.unionName}</View>
            <View className='workbench-head__roles'>
              {data.roles.map((r) => ROLE_LABELS[r]).join('、')} · 在册会员 {data.activeMembers} 人
            </View>
          </View>
          <CellGroup title='待办' testId='workbench-waiting'>
            {data.waiting.length === 0 && <Cell title='暂无待办事项' />}
            {data.waiting.map((w) => (
              <Cell key={w.key} title={w.label} arrow testId={`waiting-${w.key}`}
                value={w.count > 0 ? <Badge count={w.count} /> : <View className='workbench-none'>无</View>}
                onClick={() => Taro.navigateTo({ url: w.path })} />
            ))}
          </CellGroup>
          {data.canManage && (
            <CellGroup title='会员与组织'>
              <Cell title='会员名册' label='搜索、导入名册、修改资料和角色' arrow testId='open-roster'
                onClick={() => Taro.navigateTo({ url: ROUTES.adminRoster })} />
              {data.unionKind === 'school' && (
                <Cell title='分工会管理' label='新建、改名、删除分工会' arrow testId='open-branches'
                  onClick={() => Taro.navigateTo({ url: ROUTES.adminBranches })} />
              )}
            </CellGroup>
          )}
          {data.canManage && data.unionKind !== 'branch' && (
            <CellGroup title='建家评家与送温暖'>
              <Cell title='建家评家' arrow testId='open-assessment' onClick={() => Taro.navigateTo({ url: ROUTES.assessment })}
                label={data.unionKind === 'school' ? '本校自评、党政评价、提交上级工会' : '开启评家、评审各校自评、各级汇总'} />
              <Cell title='送温暖' arrow testId='open-care' onClick={() => Taro.navigateTo({ url: ROUTES.care })}
                label={data.unionKind === 'school' ? '五必访、节日慰问、困难职工名单' : '各校慰问次数和金额（不含姓名）'} />
            </CellGroup>
          )}
          {(data.canManage || data.canReadAudit) && (
            <CellGroup title='材料与记录'>
              {data.canManage && (
                <Cell title='年度建家材料' label='一份工作簿：全年各项服务的数据' arrow testId='open-annual'
                  onClick={() => Taro.navigateTo({ url: ROUTES.adminAnnual })} />
              )}
              {data.canReadAudit && (
                <Cell title='审计日志' label='角色变更、名册导入、导出和查阅保密记录' arrow testId='open-audit'
                  onClick={() => Taro.navigateTo({ url: ROUTES.adminAudit })} />
              )}
            </CellGroup>
          )}
        </>
      )}
    </PageContainer>
  )
}
