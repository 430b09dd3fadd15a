import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@/components';
import { CounsellingPage, CounsellorCard, counsellingApi, MissingPage, useOverview } from '@/features/counselling';
import { useRequireSession } from '@/features/session';
import { readIdParam, ROUTES, withQuery } from '@/lib/routes';
import { useLoader } from '@/lib/use-loader';
import { usePageRefresh } from '@/lib/use-page-data';

export default function CounsellorPage() {
  const member = useRequireSession();
  const id = readIdParam(useRouter().params.id);
  const { reload: reloadOverview } = useOverview(member?.id);
  const counsellor = useLoader(() => counsellingApi.getCounsellor(id ?? 0));

  usePageRefresh(() => Promise.all([reloadOverview(), counsellor.reload()]), {
    enabled: !!member && !!id,
    onShow: false,
  });

  if (!member) return null;
  if (!id) return <MissingPage title="咨询师不存在" />;
  const c = counsellor.data;
  return (
    <CounsellingPage ready={!!c} error={counsellor.error} onRetry={counsellor.reload}>
      {c && (
        <View>
          <CounsellorCard counsellor={c} />
          <View className="cs-actions">
            <Button
              type="primary"
              onClick={() => Taro.navigateTo({ url: withQuery(ROUTES.counsellingBook, { counsellorId: c.id }) })}
              testId="counsellor-book"
            >
              预约{c.displayName}
            </Button>
          </View>
        </View>
      )}
    </CounsellingPage>
  );
}
