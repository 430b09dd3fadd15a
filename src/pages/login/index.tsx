import { useState } from 'react';
import Taro, { useDidShow, useLoad } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, PageContainer } from '@/components';
import {
  completeSignIn,
  DevAccountList,
  isSignedIn,
  sessionApi,
  signInWithWechat,
  useSession,
  type DevAccount,
} from '@/features/session';
import { hideHomeButton } from '@/lib/hide-home-button';
import { ROUTES } from '@/lib/routes';
import { useAction } from '@/lib/use-action';
import { usePageData } from '@/lib/use-page-data';
import './index.css';

const IS_H5 = process.env.TARO_ENV === 'h5';

async function loadSignInOptions() {
  const config = await sessionApi.getAuthConfig();
  const accounts = config.mode === 'dev' ? await sessionApi.listDevAccounts() : [];
  return { config, accounts };
}

export default function LoginPage() {
  // Opened with a live session (e.g. a bookmarked H5 link): go straight home, loading nothing.
  const [signedInAtOpen] = useState(() => isSignedIn(useSession.getState()));
  const options = usePageData(loadSignInOptions, { enabled: !signedInAtOpen, onShow: false });
  // One sign-in at a time: `isBusy(staffNo)` spins the account tapped, 'wechat' the WeChat button.
  const signIn = useAction((_key: string, start: () => Promise<void>) => start(), { toast: true });

  useDidShow(hideHomeButton);
  useLoad(() => {
    if (signedInAtOpen) void Taro.switchTab({ url: ROUTES.home });
  });

  const pickDevAccount = (a: DevAccount) =>
    void signIn.run(a.staffNo, async () => completeSignIn(await sessionApi.devLogin(a.staffNo)));
  const pending = options.data?.accounts.find((a) => signIn.isBusy(a.staffNo))?.staffNo ?? null;

  const mode = options.data?.config.mode;
  return (
    <PageContainer loading={options.loading} error={options.error} onRetry={options.reload} className="login">
      <View className="login-hero">
        <View className="login-hero__logo">家</View>
        <Text className="login-hero__title">教职工之家</Text>
        <Text className="login-hero__subtitle">{options.data?.config.unionName ?? '教育工会会员服务'}</Text>
      </View>
      {mode === 'dev' && (
        <DevAccountList accounts={options.data?.accounts ?? []} pending={pending} onPick={pickDevAccount} />
      )}
      {mode && mode !== 'dev' && IS_H5 && (
        <View className="login-note" data-testid="login-open-in-wechat">
          <Text className="login-note__title">请在微信中打开小程序</Text>
          <Text className="login-note__text">
            在微信里搜索「教职工之家」小程序，或扫描工会发布的小程序码，即可登录使用。
          </Text>
        </View>
      )}
      {mode && mode !== 'dev' && !IS_H5 && (
        <View className="login-actions">
          <Button
            type="primary"
            loading={signIn.isBusy('wechat')}
            onClick={() => void signIn.run('wechat', signInWithWechat)}
            testId="wechat-login"
          >
            微信一键登录
          </Button>
          <Text className="login-actions__hint">首次登录需核对会员信息，仅用于确认您是本工会会员。</Text>
        </View>
      )}
    </PageContainer>
  );
}
