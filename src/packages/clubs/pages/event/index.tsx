import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { PageContainer } from '@/components';
import { getClubEvent, listClubEventSignUps, useClubSteps } from '@/features/clubs';
import { EventDetails, EventLeaderPanel } from '@/features/clubs/components';
import { useRequireSession } from '@/features/session';
import { readIdParam } from '@/lib/routes';
import { usePageData } from '@/lib/use-page-data';

export default function ClubEventPage() {
  const member = useRequireSession();
  const id = readIdParam(useRouter().params.id) ?? 0;
  const event = usePageData(() => getClubEvent(id), { enabled: !!member });
  const isLeader = !!event.data?.isLeader;
  // Reloaded on show too: back from the code page, who has checked in meanwhile.
  const signUps = usePageData(() => listClubEventSignUps(id), { enabled: isLeader });
  const { busy, act } = useClubSteps(() => Promise.all([event.reload(), isLeader ? signUps.reload() : undefined]));

  if (!member) return null;
  const e = event.data;
  return (
    <PageContainer loading={event.loading && !e} error={event.error} onRetry={event.reload}>
      {e && (
        <View>
          <EventDetails event={e} busy={busy} act={act} />
          {isLeader && <EventLeaderPanel event={e} signUps={signUps.data ?? []} busy={busy} act={act} />}
        </View>
      )}
    </PageContainer>
  );
}
