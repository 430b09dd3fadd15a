import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { PageContainer } from '@/components';
import { getClub, isClubStaff, listClubApplications, useClubSteps } from '@/features/clubs';
import {
  AnnouncementList,
  Applications,
  ClubHeader,
  ClubTools,
  EventCells,
  JoinPanel,
} from '@/features/clubs/components';
import { useRequireSession } from '@/features/session';
import { readIdParam } from '@/lib/routes';
import { usePageData } from '@/lib/use-page-data';

export default function ClubPage() {
  const member = useRequireSession();
  const id = readIdParam(useRouter().params.id) ?? 0;
  const club = usePageData(() => getClub(id), { enabled: !!member });
  const leads = club.data?.myRole === 'leader';
  const applications = usePageData(() => listClubApplications(id), { enabled: leads, onShow: false });
  const staff = isClubStaff(member);
  const { busy, act } = useClubSteps(() => Promise.all([club.reload(), leads ? applications.reload() : undefined]));

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
