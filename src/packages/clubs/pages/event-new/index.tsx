import Taro, { useRouter } from '@tarojs/taro';
import { PageContainer, showSuccess } from '@/components';
import { createClubEvent, listClubEventRooms, type NewEvent } from '@/features/clubs';
import { EventForm } from '@/features/clubs/components';
import { useRequireSession } from '@/features/session';
import { readIdParam, ROUTES, withQuery } from '@/lib/routes';
import { usePageData } from '@/lib/use-page-data';

// 发起活动 for the club in ?id= (the server refuses anyone but its leaders).
export default function EventNewPage() {
  const member = useRequireSession();
  const clubId = readIdParam(useRouter().params.id) ?? 0;
  const rooms = usePageData(listClubEventRooms, { enabled: !!member, onShow: false });

  const submit = async (input: NewEvent) => {
    const event = await createClubEvent(clubId, input);
    showSuccess(event.room ? '已发布，活动室已预约' : '活动已发布');
    await Taro.redirectTo({ url: withQuery(ROUTES.clubsEvent, { id: event.id }) });
  };

  if (!member) return null;
  return (
    <PageContainer loading={rooms.loading && !rooms.data} error={rooms.error} onRetry={rooms.reload}>
      {rooms.data && <EventForm rooms={rooms.data} onSubmit={submit} />}
    </PageContainer>
  );
}
