import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, FormError, showSuccess } from '@/components';
import {
  CONSENT_VERSION,
  ConsentText,
  CounsellingPage,
  counsellingApi,
  hasConsented,
  useOverview,
} from '@/features/counselling';
import { useAction } from '@/lib/use-action';
import { usePageRefresh } from '@/lib/use-page-data';
import { useRequireSession } from '@/features/session';
import { formatDateTime } from '@/lib/dayjs';
import { ROUTES } from '@/lib/routes';
import { COLORS } from '@/lib/colors';

const WITHDRAW_WARNING =
  '撤回后：不能再提交新的预约；还没开始的预约会自动取消并通知咨询师；已有的记录会删除与您有关的全部内容（包括咨询师笔记），只保留不含身份的次数。需要时可以重新同意。';

export default function ConsentPage() {
  const member = useRequireSession();
  const { overview, error, reload } = useOverview(member?.id);
  const submit = useAction();

  usePageRefresh(reload, { enabled: !!member, onShow: false });

  const agree = async () => {
    if (
      (await submit.run('agree', () => counsellingApi.giveConsent(CONSENT_VERSION).then(() => reload()))) === undefined
    )
      return;
    showSuccess('已同意');
    // Back to the page that sent the member here (the hub or the booking page), now open.
    setTimeout(
      () =>
        void (Taro.getCurrentPages().length > 1 ? Taro.navigateBack() : Taro.redirectTo({ url: ROUTES.counselling })),
      600,
    );
  };
  const withdraw = async () => {
    const sure = await Taro.showModal({
      title: '撤回同意？',
      content: WITHDRAW_WARNING,
      confirmText: '撤回',
      confirmColor: COLORS.dangerStrong,
      cancelText: '不撤回',
    });
    if (!sure.confirm) return;
    const result = await submit.run('withdraw', () => counsellingApi.withdrawConsent());
    if (!result) return;
    await reload();
    await Taro.showModal({
      title: '已撤回同意',
      content: `已取消 ${result.cancelled} 个未开始的预约，已从 ${result.anonymised} 条记录中删除与您有关的内容。`,
      showCancel: false,
      confirmText: '知道了',
    });
    void Taro.reLaunch({ url: ROUTES.counselling });
  };

  if (!member) return null;
  const agreed = hasConsented(overview) ? overview!.consent.agreed : null;
  return (
    <CounsellingPage ready={!!overview} error={error} onRetry={reload}>
      {overview && (
        <View>
          {agreed && (
            <View className="cs-card" data-testid="consent-agreed">
              <Text className="cs-card__title">您已同意</Text>
              <Text className="cs-card__text">
                {formatDateTime(agreed.agreedAt)} 同意了第 {agreed.version} 版。以下是您同意的内容，可以随时撤回。
              </Text>
            </View>
          )}
          {overview.consent.needsRenewal && (
            <View className="cs-card">
              <Text className="cs-card__title">同意书有更新</Text>
              <Text className="cs-card__text">请重新阅读，同意后才能继续预约。</Text>
            </View>
          )}
          <ConsentText policy={overview.policy} />
          <FormError message={submit.error} />
          <View className="cs-actions">
            {agreed ? (
              <Button type="warn" loading={submit.isBusy('withdraw')} onClick={withdraw} testId="consent-withdraw">
                撤回同意
              </Button>
            ) : (
              <>
                <Button type="primary" loading={submit.isBusy('agree')} onClick={agree} testId="consent-agree">
                  我已阅读，同意
                </Button>
                <Button
                  onClick={() => void Taro.navigateBack().catch(() => Taro.redirectTo({ url: ROUTES.counselling }))}
                >
                  暂不同意
                </Button>
              </>
            )}
          </View>
          {!agreed && <Text className="cs-hint">不同意也没关系：页面顶部的热线随时可以拨打，不需要登记任何信息。</Text>}
        </View>
      )}
    </CounsellingPage>
  );
}
