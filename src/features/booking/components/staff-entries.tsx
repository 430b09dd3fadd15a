import Taro from '@tarojs/taro';
import { Badge, Cell, CellGroup } from '@/components';
import { ROUTES } from '@/lib/routes';

interface Props {
  pendingApprovals: number;
  pendingAppeals: number;
}

const open = (url: string) => () => void Taro.navigateTo({ url });

/** The booking home's section for 工会干事 and 工会主席: every staff page one tap away. */
export function StaffEntries({ pendingApprovals, pendingAppeals }: Props) {
  return (
    <CellGroup title="工会管理" footer="仅本工会的工会干事、工会主席可见。" testId="booking-staff">
      <Cell
        title="场地日程"
        label="每个场地当天的预约与签到"
        arrow
        onClick={open(ROUTES.bookingDay)}
        testId="staff-day"
      />
      <Cell
        title="预约审核"
        value={<Badge count={pendingApprovals} />}
        arrow
        onClick={open(ROUTES.bookingApprovals)}
        testId="staff-approvals"
      />
      <Cell
        title="闭馆安排"
        label="寒暑假、考试、维修"
        arrow
        onClick={open(ROUTES.bookingClosures)}
        testId="staff-closures"
      />
      <Cell
        title="固定安排"
        label="社团训练等每周固定占用，逐日报告冲突"
        arrow
        onClick={open(ROUTES.bookingSeries)}
        testId="staff-series"
      />
      <Cell
        title="场地与签到码"
        label="开放时间、预约规则、门口签到码"
        arrow
        onClick={open(ROUTES.bookingRooms)}
        testId="staff-rooms"
      />
      <Cell
        title="使用统计"
        label="每月预约、签到率、热门时段"
        arrow
        onClick={open(ROUTES.bookingUsage)}
        testId="staff-usage"
      />
      <Cell
        title="暂停与申诉"
        value={<Badge count={pendingAppeals} />}
        arrow
        onClick={open(ROUTES.bookingSuspensions)}
        testId="staff-suspensions"
      />
    </CellGroup>
  );
}
