import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, ErrorView, Loading, PageContainer } from '@/components';
import { checkIn, readScene, type CheckInResult, type FreeSlot } from '@/features/booking';
import { CheckInRefused, CheckInSuccess } from '@/features/booking/components/check-in-result';
import { isSignedIn, useSession } from '@/features/session';
import { ROUTES, withQuery } from '@/lib/routes';
import { useAction } from '@/lib/use-action';
import { SignInGate } from './sign-in-gate';
import './index.css';

// Opened by the door code: packages/booking/pages/check-in/index?scene=<room code>.
export default function CheckInPage() {
  const scene = readScene(useRouter().params.scene);
  // Not useRequireSession: sending the visitor away would lose the scanned code.
  const memberId = useSession((s) => (isSignedIn(s) ? s.member?.id : null));
  const [result, setResult] = useState<CheckInResult | null>(null);
  // 'check' signs in to the member's booking; 'walk' (立即使用) books the current slot and signs in.
  const { run, busy, isBusy, error } = useAction(
    (kind: 'check' | 'walk', code: string) => checkIn(code, kind === 'walk'),
    { then: setResult },
  );
  useEffect(() => {
    if (memberId && scene) void run('check', scene);
  }, [memberId, scene, run]);

  const bookNext = (slot: FreeSlot) => {
    if (result) void Taro.navigateTo({ url: withQuery(ROUTES.bookingRoom, { id: result.room.id, date: slot.date }) });
  };

  if (!scene)
    return (
      <PageContainer>
        <ErrorView title="签到码无效" message="请重新扫描场地门口的签到码" />
      </PageContainer>
    );
  if (!memberId)
    return (
      <PageContainer>
        <SignInGate />
      </PageContainer>
    );
  const done = result && result.outcome !== 'not_checked_in';
  return (
    <PageContainer>
      {isBusy('check') && <Loading full text="正在签到…" />}
      {!busy && !!error && (
        <ErrorView title="签到未完成" message={error} onRetry={() => run('check', scene)} retryText="重新签到" />
      )}
      {result &&
        !error &&
        !isBusy('check') &&
        (done ? (
          <CheckInSuccess result={result} />
        ) : (
          <CheckInRefused
            result={result}
            walking={isBusy('walk')}
            onWalkIn={() => run('walk', scene)}
            onBookNext={bookNext}
          />
        ))}
      {result && !isBusy('check') && (
        <View className="bk-checkin-actions">
          <Button onClick={() => Taro.navigateTo({ url: ROUTES.bookingMine })} testId="check-in-mine">
            查看我的预约
          </Button>
          <Button onClick={() => Taro.switchTab({ url: ROUTES.home })}>返回首页</Button>
        </View>
      )}
    </PageContainer>
  );
}
