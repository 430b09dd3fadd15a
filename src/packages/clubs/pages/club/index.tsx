import { useEffect } from 'react';
import { useDidShow, useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { PageContainer } from '../../../../components';
import { getClub, isClubStaff, listClubApplications, useAction } from '../../../../features/clubs';
import {
  AnnouncementList,
  Applications,
  ClubHeader,
  ClubTools,
  EventCells,
  JoinPanel,
} from '../../../../features/clubs/components';
import { useRequireSession } from '../../../../features/session';
import { readIdParam } from '../../../../lib/routes';
import { useLoader } from '../../../../lib/use-loader';

export default function ClubPage() {
  const member = useRequireSession();
  const id = readIdParam(useRouter().params.id) ?? 0;
  const club = useLoader(() => getClub(id));
  const applications = useLoader(() => listClubApplications(id));
  const signedIn = !!member;
  const leads = club.data?.myRole === 'leader';
  const staff = isClubStaff(member);
  const { busy, act } = useAction(() => Promise.all([club.reload(), leads ? applications.reload() : undefined]));
  useEffect(() => {
    if (signedIn) void club.reload();
  }, [signedIn, club.reload]);
  useEffect(() => {
    if (leads) void applications.reload();
  }, [leads, applications.reload]);
  useDidShow(() => void (signedIn && club.data && club.reload()));

  if (!member) return null;
  const c = club.data;
  return (
    <PageContainer loading={club.loading && !c} error={club.error} onRetry={club.reload}>
      {c && (
        <View>
          <ClubHeader club={c} />
          {(leads || staff) && <ClubTools club={c} leads={leads} staff={staff} />}
          {leads && <Applications items={applications.data ?? []} busy={busy} act={act} />}
          <EventCells items={c.upcomingEvents} />
          <AnnouncementList items={c.announcements} />
          <JoinPanel club={c} busy={busy} act={act} />
        </View>
      )}
    </PageContainer>
  );
}
