import Taro from '@tarojs/taro';
import { Badge, Cell, CellGroup } from '@/components';
import { ROUTES } from '@/lib/routes';
import type { AdminOverview } from '../types';
import { toolsFor } from '../workbench-tools';

const open = (url: string) => () => void Taro.navigateTo({ url });

/**
 * 首页's first card for an officer: what waits (only what is not zero), the desk they work at
 * every day, and the way into the 工作台 with every other tool.
 */
export function WorkSummary({ overview, withDesks = true }: { overview: AdminOverview; withDesks?: boolean }) {
  const waiting = overview.waiting.filter((w) => w.count > 0);
  const desks = !withDesks ? [] : toolsFor(overview.roles).flatMap((g) => g.tools.filter((t) => t.home));
  return (
    <CellGroup title="我的工作" testId="home-work">
      {waiting.map((w) => (
        <Cell
          key={w.key}
          title={w.label}
          value={<Badge count={w.count} />}
          arrow
          testId={`home-waiting-${w.key}`}
          onClick={open(w.path)}
        />
      ))}
      {desks.map((t) => (
        <Cell key={t.key} title={t.title} label={t.label} arrow testId={`home-tool-${t.key}`} onClick={open(t.path)} />
      ))}
      <Cell
        title="工作台"
        label={waiting.length ? '全部待办和管理工具' : '暂无待办；全部管理工具在这里'}
        arrow
        testId="home-open-workbench"
        onClick={open(ROUTES.adminWorkbench)}
      />
    </CellGroup>
  );
}
