import { useEffect } from 'react';
import Taro, { useRouter, useUnload } from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { Button, PageContainer } from '@/components';
import { clubEventQrPath, downloadClubFile, getClubEvent } from '@/features/clubs';
import { useRequireSession } from '@/features/session';
import { formatDateTime, formatTime } from '@/lib/dayjs';
import { readIdParam } from '@/lib/routes';
import { usePageData } from '@/lib/use-page-data';
import './index.css';

async function load(id: number) {
  const [event, image] = await Promise.all([getClubEvent(id), downloadClubFile(clubEventQrPath(id))]);
  return { event, image };
}

/** The leader holds the phone up; members scan the code with WeChat and are checked in. */
export default function EventCodePage() {
  const member = useRequireSession();
  const id = readIdParam(useRouter().params.id) ?? 0;
  const signedIn = !!member;
  const code = usePageData(() => load(id), { enabled: signedIn, onShow: false });
  useEffect(() => {
    if (!signedIn) return;
    // A phone that dims mid-queue loses the code: keep the screen on while this page is open.
    Taro.setKeepScreenOn?.({ keepScreenOn: true }).catch(() => undefined);
  }, [signedIn]);
  useUnload(() => void Taro.setKeepScreenOn?.({ keepScreenOn: false }).catch(() => undefined));

  if (!member) return null;
  const e = code.data?.event;
  return (
    <PageContainer loading={code.loading && !code.data} error={code.error} onRetry={code.reload}>
      {e && (
        <View className="clubs-code" data-testid="event-code">
          <Text className="clubs-code__title">{e.title}</Text>
          <Text className="clubs-code__meta">
            {formatDateTime(e.startsAt)}–{formatTime(e.endsAt)} · {e.place}
          </Text>
          <Image className="clubs-code__image" src={code.data!.image} mode="scaleToFill" showMenuByLongpress />
          <Text className="clubs-code__hint">请已报名的会员用微信扫码签到</Text>
          <Text className="clubs-code__meta">活动开始前 30 分钟起可以签到，活动结束后不能再扫码</Text>
          <View className="clubs-code__count" data-testid="event-code-count">
            已到场 {e.attendedCount} / {e.confirmedCount} 人
          </View>
          <Text className="clubs-code__no">签到码 {e.checkInCode}</Text>
        </View>
      )}
      {e && (
        <View className="clubs-actions">
          <Button loading={code.loading} onClick={() => void code.reload()} testId="event-code-refresh">
            刷新到场人数
          </Button>
        </View>
      )}
    </PageContainer>
  );
}
