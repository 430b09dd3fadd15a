import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, CellGroup, EmptyView, PageContainer, showInfo } from '@/components';
import { useAction } from '@/lib/use-action';
import {
  downloadBookingFile,
  getMonthlyUsage,
  isBookingStaff,
  monthOf,
  monthTitle,
  openDocument,
  shiftMonth,
  usageExportPath,
} from '@/features/booking';
import { PeriodSwitcher } from '@/features/booking/components/period-switcher';
import { StaffOnly } from '@/features/booking/components/staff-only';
import { BarList, hourBars, roomBars, UsageTotals } from '@/features/booking/components/usage-chart';
import { useRequireSession } from '@/features/session';
import { usePageData } from '@/lib/use-page-data';

export default function UsagePage() {
  const member = useRequireSession();
  const staff = isBookingStaff(member);
  const [month, setMonth] = useState(() => monthOf());
  const usage = usePageData(() => getMonthlyUsage(month), { enabled: staff, deps: [month] });
  const { reload } = usage;

  const exportXlsxAction = useAction(
    async () => {
      const file = await downloadBookingFile(usageExportPath(month));
      await openDocument(file, `活动中心使用情况-${month}.xlsx`);
    },
    { toast: true },
  );
  const exporting = exportXlsxAction.busy;
  const exportXlsx = () => void exportXlsxAction.run();

  if (!member) return null;
  if (!staff) return <StaffOnly />;
  const data = usage.data;
  const thisMonth = monthOf();
  return (
    <PageContainer loading={usage.loading} error={usage.error} onRetry={reload}>
      <PeriodSwitcher
        label={monthTitle(month)}
        prevText="上个月"
        nextText="下个月"
        onPrev={() => setMonth(shiftMonth(month, -1))}
        onNext={() => (month < thisMonth ? setMonth(shiftMonth(month, 1)) : showInfo('已是本月'))}
        pick={{ fields: 'month', value: month, onChange: (v) => setMonth(v.slice(0, 7)) }}
      />
      {data && <UsageTotals usage={data} />}
      {data && (
        <CellGroup title="各场地预约人次" footer="签到率 = 已签到 ÷（已签到 + 未到场）">
          {data.rooms.length ? <BarList bars={roomBars(data)} unit="人次" /> : <EmptyView text="本月暂无预约" />}
        </CellGroup>
      )}
      {data && (
        <CellGroup title="最热门的时段">
          {data.busiestHours.length ? <BarList bars={hourBars(data)} unit="人次" /> : <EmptyView text="本月暂无预约" />}
        </CellGroup>
      )}
      <View className="ui-form-actions">
        <Button loading={exporting} onClick={exportXlsx} testId="usage-export">
          导出 Excel 报表
        </Button>
      </View>
    </PageContainer>
  );
}
