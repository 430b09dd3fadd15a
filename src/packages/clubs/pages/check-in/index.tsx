import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, ErrorView, Loading, PageContainer } from '@/components';
import { checkInClubEvent, readCheckInScene, type CheckInResult } from '@/features/clubs';
import { CheckInOutcome } from '@/features/clubs/components';
import { goToLogin, isSignedIn, useSession } from '@/features/session';
import { ROUTES, withQuery } from '@/lib/routes';
import { useAction } from '@/lib/use-action';

// Opened by the event's code: packages/clubs/pages/check-in/index?scene=<check-in code>.
export default function ClubCheckInPage() {
  const scene = readCheckInScene(useRouter().params.scene);
  // Not useRequireSession at once: say why before sending the member away from the scanned code.
  const memberId = useSession((s) => (isSignedIn(s) ? s.member?.id : null));
  const checkIn = useAction(checkInClubEvent);
  const [result, setResult] = useState<CheckInResult | null>(null);
  const run = () => void (scene && checkIn.run(scene).then((answer) => answer && setResult(answer)));
  const { busy, error } = checkIn;
  useEffect(() => {
    if (memberId && scene) run();
    // Once per member and code; `run` is a new function each render.
  }, [memberId, scene]);

  if (!scene)
    return (
      <PageContainer>
        <ErrorView title="签到码无效" message="请重新扫描活动负责人出示的签到码" />
      </PageContainer>
    );
  if (!memberId) {
    return (
      <PageContainer>
        <ErrorView
          title="请先登录"
          message="登录后，再扫一次负责人出示的签到码即可签到。"
          onRetry={goToLogin}
          retryText="去登录"
        />
      </PageContainer>
    );
  }
  return (
    <PageContainer>
      {busy && <Loading full text="正在签到…" />}
      {!busy && !!error && <ErrorView title="没有签到" message={error} onRetry={run} retryText="重新签到" />}
      {!busy && result && !error && <CheckInOutcome result={result} />}
      {!busy && (!!result || !!error) && (
        <View className="clubs-actions">
          {result && (
            <Button
              onClick={() => Taro.navigateTo({ url: withQuery(ROUTES.clubsEvent, { id: result.event.id }) })}
              testId="check-in-event"
            >
              查看活动
            </Button>
          )}
          <Button onClick={() => Taro.switchTab({ url: ROUTES.home })}>返回首页</Button>
        </View>
      )}
    </PageContainer>
  );
}
