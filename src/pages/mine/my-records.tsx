import Taro from '@tarojs/taro';
import { Cell, CellGroup } from '@/components';
import { ROUTES, withQuery } from '@/lib/routes';

// "Where is what I booked?" is the first question: each of the member's own lists, one tap away.
const RECORDS = [
  { key: 'bookings', title: '我的预约', label: '活动中心的场地预约和签到', url: ROUTES.bookingMine },
  { key: 'help', title: '我的求助', label: '困难帮扶的办理进度和答复', url: ROUTES.help },
  { key: 'counselling', title: '我的咨询', label: '心理咨询的预约，只有您和咨询师可见', url: ROUTES.counselling },
  { key: 'clubs', title: '我的社团', label: '已加入和正在审核的社团', url: withQuery(ROUTES.clubs, { mine: 1 }) },
  {
    key: 'reception',
    title: '我的接待',
    label: '主席接待日的预约和答复',
    url: withQuery(ROUTES.reception, { tab: 'mine' }),
  },
  { key: 'survey', title: '我的评议', label: '会员评议的参评和往期结果', url: ROUTES.survey },
] as const;

export function MyRecords() {
  return (
    <CellGroup title="我的事项" testId="mine-records">
      {RECORDS.map((r) => (
        <Cell
          key={r.key}
          title={r.title}
          label={r.label}
          arrow
          testId={`mine-${r.key}`}
          onClick={() => void Taro.navigateTo({ url: r.url })}
        />
      ))}
    </CellGroup>
  );
}
