import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, Cell, CellGroup, PageContainer } from '@/components';
import { type ExportFormat, privacyApi, ProfileGroup, RecordSections, saveApiFile } from '@/features/admin';
import { useRequireSession } from '@/features/session';
import { ROUTES } from '@/lib/routes';
import { useAction } from '@/lib/use-action';
import { usePageData } from '@/lib/use-page-data';
import '@/features/admin/components/privacy.css';

const FILE_NAMES: Record<ExportFormat, string> = { json: '我的个人信息.json', xlsx: '我的个人信息.xlsx' };

export default function PrivacyPage() {
  const member = useRequireSession();
  const data = usePageData(privacyApi.getMyPersonalData, { enabled: !!member });
  const { reload } = data;
  const saving = useAction((format: ExportFormat) => saveApiFile(privacyApi.exportPath(format), FILE_NAMES[format]), {
    toast: true,
  });

  if (!member) return null;
  const d = data.data;
  return (
    <PageContainer loading={data.loading && !d} error={d ? null : data.error} onRetry={reload}>
      {d && (
        <View data-testid="privacy-page">
          <View className="privacy-intro">
            这里是教职工之家保存的关于您的全部信息。您可以随时查看、下载，也可以注销账号。
          </View>
          <ProfileGroup profile={d.profile} />
          <RecordSections sections={d.sections} />
          <CellGroup footer={d.surveys.note}>
            <Cell title="会员评议" value={`已参加 ${d.surveys.participated} 次`} testId="privacy-surveys" />
          </CellGroup>
          <CellGroup title="下载我的信息" footer="JSON 文件便于转存到其他系统，XLSX 表格可以直接用 WPS 或 Excel 打开。">
            <View className="privacy-actions">
              <Button
                loading={saving.isBusy('xlsx')}
                disabled={saving.busy}
                onClick={() => void saving.run('xlsx')}
                testId="privacy-download-xlsx"
              >
                下载表格（XLSX）
              </Button>
              <Button
                loading={saving.isBusy('json')}
                disabled={saving.busy}
                onClick={() => void saving.run('json')}
                testId="privacy-download-json"
              >
                下载数据文件（JSON）
              </Button>
            </View>
          </CellGroup>
          <CellGroup>
            <Cell
              title={<View className="privacy-danger">注销账号</View>}
              label="删除或匿名化您的个人信息，不能恢复"
              arrow
              testId="privacy-erase"
              onClick={() => void Taro.navigateTo({ url: ROUTES.privacyErase })}
            />
          </CellGroup>
          <View className="privacy-bottom" />
        </View>
      )}
    </PageContainer>
  );
}
