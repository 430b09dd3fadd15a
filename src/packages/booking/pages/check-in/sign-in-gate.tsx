import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Loading } from '@/components';
import { DevAccountList, sessionApi, useSession, type DevAccount } from '@/features/session';
import { ROUTES, withQuery } from '@/lib/routes';
import { useAction } from '@/lib/use-action';
import { usePageData } from '@/lib/use-page-data';
import '@/features/booking/components/booking.css';
import './index.css';

const IS_H5 = process.env.TARO_ENV === 'h5';

async function loadOptions() {
  const config = await sessionApi.getAuthConfig();
  return { mode: config.mode, accounts: config.mode === 'dev' ? await sessionApi.listDevAccounts() : [] };
}

/**
 * Sign-in on the check-in page itself, so the scanned code is not lost: the session is stored and
 * the page, still holding its scene, checks in at once. (The sign-in page always ends on 首页.)
 */
export function SignInGate() {
  const options = usePageData(loadOptions, { onShow: false });
  // One sign-in at a time, named by the account's staffNo or 'wechat'.
  const { run, isBusy } = useAction((_key: string, signIn: () => Promise<void>) => signIn(), { toast: true });
  const accounts = options.data?.accounts ?? [];
  const pending = accounts.find((a) => isBusy(a.staffNo))?.staffNo ?? null;
  const dev = (a: DevAccount) =>
    run(a.staffNo, async () => useSession.getState().signIn(await sessionApi.devLogin(a.staffNo)));
  const wechat = () =>
    run('wechat', async () => {
      const result = await sessionApi.wechatLogin((await Taro.login()).code);
      if (result.status === 'bound') useSession.getState().signIn(result);
      else await Taro.navigateTo({ url: withQuery(ROUTES.bind, { ticket: result.ticket }) });
    });

  const mode = options.data?.mode;
  return (
    <View data-testid="check-in-sign-in">
      <View className="bk-panel bk-gate">
        <View className="bk-gate__icon">签</View>
        <Text className="bk-gate__title">请先登录</Text>
        <Text className="bk-gate__text">登录后会自动为您签到。签到码只认本人预约，不能代签。</Text>
      </View>
      {!options.data && <Loading />}
      {mode === 'dev' && <DevAccountList accounts={accounts} pending={pending} onPick={dev} />}
      {mode && mode !== 'dev' && !IS_H5 && (
        <View className="bk-gate__actions">
          <Button type="primary" loading={isBusy('wechat')} onClick={wechat} testId="check-in-wechat-login">
            微信登录并签到
          </Button>
          <Text className="bk-gate__hint">首次使用需先核对会员信息，核对后请再扫一次门口的签到码。</Text>
        </View>
      )}
      {mode && mode !== 'dev' && IS_H5 && (
        <Text className="bk-gate__hint">请用微信扫码，在“教职工之家”小程序中签到。</Text>
      )}
    </View>
  );
}
