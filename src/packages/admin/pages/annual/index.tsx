import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, ChoiceChips, PageContainer } from '@/components';
import { useAction } from '@/lib/use-action';
import { adminApi, AnnualPreview, saveApiFile } from '@/features/admin';
import { useRequireSession } from '@/features/session';
import { beijing } from '@/lib/dayjs';
import { usePageData } from '@/lib/use-page-data';
import './index.css';

export default function AnnualReportPage() {
  const member = useRequireSession();
  const now = beijing();
  // In January and February the year to report on is the one just ended.
  const [year, setYear] = useState(now.month() < 2 ? now.year() - 1 : now.year());
  const contents = usePageData(() => adminApi.getAnnualContents(year), {
    enabled: !!member,
    onShow: false,
    deps: [year],
  });
  const { reload } = contents;

  const downloadAction = useAction(
    async () => {
      await saveApiFile(adminApi.annualReportPath(year), `${year}年度建家材料.xlsx`);
    },
    { toast: true },
  );
  const busy = downloadAction.busy;
  const download = () => void downloadAction.run();

  if (!member) return null;
  const years = [now.year(), now.year() - 1, now.year() - 2].map((y) => ({ key: String(y), label: `${y} 年` }));
  return (
    <PageContainer
      loading={contents.loading && !contents.data}
      error={contents.data ? null : contents.error}
      onRetry={reload}
    >
      <View className="annual-top">
        <ChoiceChips
          items={years}
          value={String(year)}
          onChange={(key) => setYear(Number(key))}
          testIdPrefix="annual-year-"
        />
        <Button
          type="primary"
          loading={busy}
          onClick={download}
          testId="annual-download"
          className="annual-top__button"
        >
          下载 {year} 年度工作簿
        </Button>
        <View className="annual-top__hint">XLSX 表格，用 WPS 或 Excel 打开；建家自查时可直接引用其中的数字。</View>
      </View>
      {contents.data && <AnnualPreview contents={contents.data} />}
      <View className="annual-bottom" />
    </PageContainer>
  );
}
