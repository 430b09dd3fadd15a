import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { a11y, CellGroup, EmptyView, ErrorView, Loading, PageContainer } from '@/components';
import { hasWorkbench } from '@/features/admin/permissions';
import { HomeHeader, SERVICE_ENTRIES, ServiceGrid } from '@/features/home';
import { useUnreadBadge } from '@/features/messages';
import { listNotices, NoticeCells, type NoticeSummary } from '@/features/notices';
import { useRequireSession } from '@/features/session';
import { LargeTextOffer } from '@/features/settings';
import { ROUTES, withQuery } from '@/lib/routes';
import type { Loader } from '@/lib/use-loader';
import { usePageData } from '@/lib/use-page-data';
import { errorMessage } from '@/services/http';
import { DistrictRollup, OfficerWork } from './work-sections';
import './index.css';

const PINNED_LIMIT = 5;

// The header and the service grid need no network, so only this section waits.
function PinnedNotices({ loader }: { loader: Loader<NoticeSummary[]> }) {
  if (loader.data) {
    return loader.data.length ? <NoticeCells items={loader.data} hidePinned /> : <EmptyView text="暂无公告" />;
  }
  if (loader.error) return <ErrorView compact message={errorMessage(loader.error)} onRetry={loader.reload} />;
  return <Loading />;
}

export default function HomePage() {
  const member = useRequireSession();
  // Pinned notices change seldom: loaded once and on pull-down (the work sections also refresh on show).
  const pinned = usePageData(() => listNotices({ pinned: true, limit: PINNED_LIMIT }).then((p) => p.items), {
    enabled: !!member,
    onShow: false,
  });
  useUnreadBadge(!!member);

  if (!member) return null;
  // Each role's own work first: the district union's roll-up (it uses no member service), an
  // officer's counts and desk, then the services every member has.
  const district = member.union.kind === 'district';
  return (
    // Only a failed refresh (data already on screen) reaches PageContainer, as a toast.
    <PageContainer error={pinned.data ? pinned.error : null} className="home">
      <HomeHeader unionName={member.union.name} memberName={member.name} />
      {district && <DistrictRollup />}
      {hasWorkbench(member) && <OfficerWork withDesks={!district} />}
      {!district && <ServiceGrid entries={SERVICE_ENTRIES} />}
      <LargeTextOffer />
      <CellGroup
        title="置顶公告"
        extra={
          <Text
            className="link-text home-more"
            onClick={() => Taro.navigateTo({ url: withQuery(ROUTES.notices, { category: 'news' }) })}
            {...a11y({ role: 'link' })}
          >
            查看全部
          </Text>
        }
        testId="home-pinned"
      >
        <PinnedNotices loader={pinned} />
      </CellGroup>
    </PageContainer>
  );
}
