import { useCallback, useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, ErrorView, Loading, PageContainer } from '@/components';
import { checkIn, readScene, type CheckInResult, type FreeSlot } from '@/features/booking';
import { CheckInRefused, CheckInSuccess } from '@/features/booking/components/check-in-result';
import { isSignedIn, useSession } from '@/features/session';
import { ROUTES, withQuery } from '@/lib/routes';
import { errorMessage } from '@/services/http';
import { SignInGate } from './sign-in-gate';
import './index.css';

// Opened by the door code: packages/booking/pages/check-in/index?scene=<room code>.
export default function CheckInPage() {
  const scene = readScene(useRouter().params.scene);
  // Not useRequireSession: sending the visitor away would lose the scanned code.
  const memberId = useSession((s) => (isSignedIn(s) ? s.member?.id : null));
  const [result, setResult] = useState<CheckInResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'check' | 'walk' | null>(null);

  const run = useCallback(
    async (walkIn: boolean) => {
      if (!scene) return;
      setBusy(walkIn ? 'walk' : 'check');
      setError(null);
      try {
        setResult(await checkIn(scene, walkIn));
      } catch (err) {
        setError(err);
      } finally {
        setBusy(null);
      }
    },
    [scene],
  );
  useEffect(() => {
    if (memberId && scene) void run(false);
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
      {busy === 'check' && <Loading full text="正在签到…" />}
      {!busy && !!error && (
        <ErrorView title="签到未完成" message={errorMessage(error)} onRetry={() => run(false)} retryText="重新签到" />
      )}
      {result &&
        !error &&
        busy !== 'check' &&
        (done ? (
          <CheckInSuccess result={result} />
        ) : (
          <CheckInRefused result={result} walking={busy === 'walk'} onWalkIn={() => run(true)} onBookNext={bookNext} />
        ))}
      {result && busy !== 'check' && (
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
