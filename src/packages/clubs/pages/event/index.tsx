import { useEffect } from 'react';
import { useDidShow, useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { PageContainer } from '../../../../components';
import { getClubEvent, listClubEventSignUps, useAction } from '../../../../features/clubs';
import { EventDetails, EventLeaderPanel } from '../../../../features/clubs/components';
import { useRequireSession } from '../../../../features/session';
import { readIdParam } from '../../../../lib/routes';
import { useLoader } from '../../../../lib/use-loader';

export default function ClubEventPage() {
  const member = useRequireSession();
  const id = readIdParam(useRouter().params.id) ?? 0;
  const event = useLoader(() => getClubEvent(id));
  const signUps = useLoader(() => listClubEventSignUps(id));
  const signedIn = !!member;
  const isLeader = !!event.data?.isLeader;
  const { busy, act } = useAction(() => Promise.all([event.reload(), isLeader ? signUps.reload() : undefined]));
  useEffect(() => {
    if (signedIn) void event.reload();
  }, [signedIn, event.reload]);
  useEffect(() => {
    if (isLeader) void signUps.reload();
  }, [isLeader, signUps.reload]);
  // Back from the code page: who has checked in meanwhile.
  useDidShow(() => void (isLeader && Promise.all([event.reload(), signUps.reload()])));

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
