import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import {
  CounsellingPage,
  CounsellorChoices,
  counsellingApi,
  hasConsented,
  MyUpcoming,
  useOverview,
  Welcome,
  WorkEntries,
} from '@/features/counselling';
import { useRequireSession } from '@/features/session';
import { ROUTES } from '@/lib/routes';
import { useLoader } from '@/lib/use-loader';
import { usePageRefresh } from '@/lib/use-page-data';
import { a11y } from '@/components';
import './index.css';

export default function CounsellingHomePage() {
  const member = useRequireSession();
  const { overview, error, reload } = useOverview(member?.id);
  const consented = hasConsented(overview);
  // Nothing of the member's own is asked for before they consented.
  // One page holds every upcoming appointment (a member holds at most policy.maxUpcoming); the past
  // ones, which grow, are paged on the history page.
  const lists = useLoader(async () => {
    const [upcoming, counsellors] = await Promise.all([
      counsellingApi.listMine('upcoming'),
      counsellingApi.listCounsellors(),
    ]);
    return { upcoming: upcoming.items, counsellors };
  });

  const load = async () => {
    if (hasConsented(await reload())) await lists.reload();
  };
  usePageRefresh(load, { enabled: !!member });

  if (!member) return null;
  return (
    <CounsellingPage
      ready={!!overview && (!consented || !!lists.data)}
      error={error ?? lists.error}
      onRetry={load}
      className="cs-home"
    >
      {overview && !consented && <Welcome />}
      {overview && consented && lists.data && (
        <>
          <MyUpcoming items={lists.data.upcoming} max={overview.policy.maxUpcoming} />
          <CounsellorChoices counsellors={lists.data.counsellors} />
          <Text
            className="link-text cs-home__consent"
            onClick={() => Taro.navigateTo({ url: ROUTES.counsellingConsent })}
            {...a11y({ role: 'link' })}
          >
            知情同意书与撤回
          </Text>
        </>
      )}
      {overview && <WorkEntries access={overview.access} />}
    </CounsellingPage>
  );
}
