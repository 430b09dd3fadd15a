import { useRouter } from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { Button, ErrorView, PageContainer } from '@/components';
import {
  downloadBookingFile,
  getManagedRoom,
  isBookingStaff,
  roomPosterPath,
  saveImage,
  saveInBrowser,
} from '@/features/booking';
import { StaffOnly } from '@/features/booking/components/staff-only';
import { useRequireSession } from '@/features/session';
import { readIdParam } from '@/lib/routes';
import { useAction } from '@/lib/use-action';
import { usePageData } from '@/lib/use-page-data';
import '@/features/booking/components/booking.css';
import './index.css';

const IS_H5 = process.env.TARO_ENV === 'h5';

async function loadPoster(id: number) {
  const [room, image] = await Promise.all([getManagedRoom(id), downloadBookingFile(roomPosterPath(id))]);
  return { room, image };
}
type Poster = Awaited<ReturnType<typeof loadPoster>>;

export default function PosterPage() {
  const member = useRequireSession();
  const staff = isBookingStaff(member);
  const id = readIdParam(useRouter().params.id);
  const poster = usePageData(() => loadPoster(id ?? 0), { enabled: staff && !!id, onShow: false });
  const saving = useAction(
    async (format: 'png' | 'svg', { room, image }: Poster) => {
      const name = `${room.name}-签到码`;
      if (format === 'png') return saveImage(image, `${name}.png`);
      saveInBrowser(await downloadBookingFile(roomPosterPath(room.id, 'svg')), `${name}-A4海报.svg`);
      return true;
    },
    // A refused album has already been explained (with a way to the settings): no success toast.
    { success: (saved) => (saved ? (IS_H5 ? '已开始下载' : '已保存到相册') : ''), toast: true },
  );
  const save = (format: 'png' | 'svg') => {
    if (poster.data?.room) void saving.run(format, poster.data);
  };

  if (!member) return null;
  if (!staff) return <StaffOnly />;
  if (!id)
    return (
      <PageContainer>
        <ErrorView title="场地不存在" message="链接有误" />
      </PageContainer>
    );
  const room = poster.data?.room;
  return (
    <PageContainer loading={poster.loading} error={poster.error} onRetry={poster.reload}>
      {poster.data && (
        <View className="bk-panel bk-poster" data-testid="room-poster-view">
          <Text className="bk-poster__title">{room?.name ?? '场地'} · 扫码签到</Text>
          {room?.location && <Text className="bk-poster__sub">{room.location}</Text>}
          <Image className="bk-poster__code" src={poster.data.image} mode="scaleToFill" showMenuByLongpress />
          <Text className="bk-poster__hint">
            贴在场地门口。会员在预约开始前 {room?.checkInBeforeMinutes ?? 15} 分钟至开始后{' '}
            {room?.checkInAfterMinutes ?? 15} 分钟内扫码签到；没有预约且有空位时可扫码“立即使用”。
          </Text>
          <Text className="bk-poster__code-no">签到码编号 {room?.code}</Text>
        </View>
      )}
      {poster.data && (
        <View className="bk-poster__actions">
          <Button type="primary" loading={saving.isBusy('png')} onClick={() => save('png')} testId="poster-save">
            {IS_H5 ? '下载签到码图片' : '保存到相册'}
          </Button>
          {IS_H5 && (
            <Button loading={saving.isBusy('svg')} onClick={() => save('svg')} testId="poster-a4">
              下载 A4 打印海报
            </Button>
          )}
          {!IS_H5 && <Text className="bk-poster__tip">需要 A4 打印海报时，请在电脑浏览器中打开本页下载。</Text>}
        </View>
      )}
    </PageContainer>
  );
}
