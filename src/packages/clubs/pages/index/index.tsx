import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Input, View } from '@tarojs/components';
import { Button, Cell, CellGroup, EmptyView, PageContainer, Tabs } from '@/components';
import { CATEGORY_TABS, isClubStaff, listClubs, POLICY_LABELS, roleLabel, type ClubCategory } from '@/features/clubs';
import { useRequireSession } from '@/features/session';
import { readParam, ROUTES, withQuery } from '@/lib/routes';
import { usePageData } from '@/lib/use-page-data';
import './index.css';

type Filter = 'all' | ClubCategory;

export default function ClubsPage() {
  const member = useRequireSession();
  // From 我的 → 我的社团: only the clubs the member is in or has applied to.
  const onlyMine = readParam(useRouter().params.mine) === '1';
  const [category, setCategory] = useState<Filter>('all');
  const [q, setQ] = useState('');
  const list = usePageData(
    () => listClubs({ category: category === 'all' ? undefined : category, q: q.trim() || undefined }),
    { enabled: !!member, deps: [category, q] },
  );
  useEffect(() => {
    if (onlyMine) void Taro.setNavigationBarTitle({ title: '我的社团' });
  }, [onlyMine]);

  if (!member) return null;
  const items = (list.data ?? []).filter((club) => !onlyMine || club.myRole !== null);
  return (
    <PageContainer loading={list.loading && !list.data} error={list.error} onRetry={list.reload}>
      {!onlyMine && (
        <View className="clubs-search">
          <Input
            className="clubs-search__input"
            placeholder="搜索社团名称或简介"
            aria-label="搜索社团"
            value={q}
            confirmType="search"
            onConfirm={(e) => setQ(e.detail.value)}
            onBlur={(e) => setQ(e.detail.value)}
            data-testid="club-search"
          />
        </View>
      )}
      {!onlyMine && <Tabs items={CATEGORY_TABS} value={category} onChange={setCategory} testIdPrefix="tab-club-" />}
      <CellGroup testId="club-list">
        {items.map((club) => (
          <Cell
            key={club.id}
            arrow
            multiline
            title={club.name}
            testId={`club-${club.id}`}
            label={`${club.memberCount} 名成员 · ${POLICY_LABELS[club.joinPolicy]}`}
            value={roleLabel(club)}
            onClick={() => Taro.navigateTo({ url: withQuery(ROUTES.clubsClub, { id: club.id }) })}
          />
        ))}
        {list.data && items.length === 0 && (
          <EmptyView text={onlyMine ? '您还没有加入社团' : q ? '没有找到相关社团' : '这里还没有社团'} />
        )}
      </CellGroup>
      {onlyMine && (
        <View className="clubs-new">
          <Button testId="club-browse" onClick={() => Taro.redirectTo({ url: ROUTES.clubs })}>
            浏览全部社团
          </Button>
        </View>
      )}
      {!onlyMine && isClubStaff(member) && (
        <View className="clubs-new">
          <Button type="primary" testId="club-new" onClick={() => Taro.navigateTo({ url: ROUTES.clubsClubEdit })}>
            成立新社团
          </Button>
        </View>
      )}
    </PageContainer>
  );
}
