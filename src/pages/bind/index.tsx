import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ErrorView, PageContainer } from '@/components';
import { BindForm, completeSignIn, goToLogin } from '@/features/session';
import { readParam } from '@/lib/routes';
import './index.css';

export default function BindPage() {
  // The ticket from POST /api/auth/wechat proves which WeChat user is binding.
  const ticket = readParam(useRouter().params.ticket);

  return (
    <PageContainer>
      {ticket ? (
        <>
          <View className="bind-intro">
            <Text className="bind-intro__title">核对会员信息</Text>
            <Text className="bind-intro__text">
              为确认您是本工会会员，首次使用请填写与工会花名册一致的信息，只需绑定一次。
            </Text>
          </View>
          <BindForm ticket={ticket} onBound={completeSignIn} />
        </>
      ) : (
        <ErrorView title="登录已失效" message="请返回重新登录" retryText="重新登录" onRetry={goToLogin} />
      )}
    </PageContainer>
  );
}
