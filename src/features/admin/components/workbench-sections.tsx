import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Badge, Cell, CellGroup } from '@/components';
import { ROUTES } from '@/lib/routes';
import type { AdminOverview } from '../types';
import { toolsFor } from '../workbench-tools';

const open = (url: string) => () => void Taro.navigateTo({ url });

/** What waits for this officer, the most pressing first: counts that are not zero lead. */
export function WaitingGroup({ overview }: { overview: AdminOverview }) {
  const waiting = [...overview.waiting].sort((a, b) => Number(b.count > 0) - Number(a.count > 0));
  if (waiting.length === 0) return null;
  return (
    <CellGroup title="待办" testId="workbench-waiting">
      {waiting.map((w) => (
        <Cell
          key={w.key}
          title={w.label}
          arrow
          testId={`waiting-${w.key}`}
          value={w.count > 0 ? <Badge count={w.count} /> : <View className="workbench-none">无</View>}
          onClick={open(w.path)}
        />
      ))}
    </CellGroup>
  );
}

/** Every tool of the caller's roles, grouped by the work; see workbench-tools.ts to add one. */
export function ToolGroups({ overview }: { overview: AdminOverview }) {
  return (
    <>
      {toolsFor(overview.roles).map((group) => (
        <CellGroup key={group.title} title={group.title}>
          {group.tools.map((tool) => (
            <Cell
              key={tool.key}
              title={tool.title}
              label={tool.label}
              arrow
              testId={`tool-${tool.key}`}
              onClick={open(tool.path)}
            />
          ))}
        </CellGroup>
      ))}
    </>
  );
}

/** Roster, 分工会, 建家评家 and 送温暖, the annual workbook and the audit log: the union's own records. */
export function RecordGroups({ overview: data }: { overview: AdminOverview }) {
  return (
    <>
      {data.canManage && (
        <CellGroup title="会员与组织">
          <Cell
            title="会员名册"
            label="搜索、导入名册、修改资料和角色"
            arrow
            testId="open-roster"
            onClick={open(ROUTES.adminRoster)}
          />
          {data.unionKind === 'school' && (
            <Cell
              title="分工会管理"
              label="新建、改名、删除分工会"
              arrow
              testId="open-branches"
              onClick={open(ROUTES.adminBranches)}
            />
          )}
          {(data.unionKind === 'city' || data.unionKind === 'district') && (
            <Cell
              title="工会组织"
              label="下属各级工会，新建区县或学校工会"
              arrow
              testId="open-unions"
              onClick={open(ROUTES.assessmentUnions)}
            />
          )}
        </CellGroup>
      )}
      {data.canManage && data.unionKind !== 'branch' && (
        <CellGroup title="建家评家与送温暖">
          <Cell
            title="建家评家"
            arrow
            testId="open-assessment"
            onClick={open(ROUTES.assessment)}
            label={
              data.unionKind === 'school' ? '本校自评、党政评价、提交上级工会' : '开启评家、评审各校自评、各级汇总'
            }
          />
          <Cell
            title="送温暖"
            arrow
            testId="open-care"
            onClick={open(ROUTES.care)}
            label={data.unionKind === 'school' ? '五必访、节日慰问、困难职工名单' : '各校慰问次数和金额（不含姓名）'}
          />
        </CellGroup>
      )}
      {(data.canManage || data.canReadAudit) && (
        <CellGroup title="材料与记录">
          {data.canManage && (
            <Cell
              title="年度建家材料"
              label="一份工作簿：全年各项服务的数据"
              arrow
              testId="open-annual"
              onClick={open(ROUTES.adminAnnual)}
            />
          )}
          {data.canReadAudit && (
            <Cell
              title="审计日志"
              label="角色变更、名册导入、导出和查阅保密记录"
              arrow
              testId="open-audit"
              onClick={open(ROUTES.adminAudit)}
            />
          )}
        </CellGroup>
      )}
    </>
  );
}
