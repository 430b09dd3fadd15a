import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, ErrorView, PageContainer, showSuccess } from '@/components';
import {
  archiveClub,
  createClub,
  getClub,
  isClubStaff,
  restoreClub,
  setClubLeaders,
  updateClub,
  useClubSteps,
  type ClubInput,
  type Person,
} from '@/features/clubs';
import { ClubForm } from '@/features/clubs/components';
import { useRequireSession } from '@/features/session';
import { readIdParam, ROUTES, withQuery } from '@/lib/routes';
import { usePageData } from '@/lib/use-page-data';

// 成立社团 (no id) or 编辑社团 (?id=): staff and the chair only, as the server checks.
export default function ClubEditPage() {
  const member = useRequireSession();
  const id = readIdParam(useRouter().params.id);
  const staff = isClubStaff(member);
  const club = usePageData(() => (id ? getClub(id) : Promise.resolve(null)), { enabled: staff, onShow: false });
  const { busy, act } = useClubSteps(club.reload);

  const save = async (input: ClubInput, leaders: Person[]) => {
    const leaderIds = leaders.map((l) => l.id);
    if (!id) {
      const created = await createClub({ ...input, leaderIds });
      showSuccess('社团已成立');
      await Taro.redirectTo({ url: withQuery(ROUTES.clubsClub, { id: created.id }) });
      return;
    }
    await updateClub(id, input);
    const before = (club.data?.leaders ?? [])
      .map((l) => l.id)
      .sort()
      .join();
    if ([...leaderIds].sort().join() !== before) await setClubLeaders(id, leaderIds);
    showSuccess('已保存');
    setTimeout(() => void Taro.navigateBack(), 800);
  };

  if (!member) return null;
  if (!staff)
    return (
      <PageContainer>
        <ErrorView title="无法操作" message="只有本工会的工会干事和工会主席可以成立和编辑社团" />
      </PageContainer>
    );
  const c = club.data;
  return (
    <PageContainer loading={club.loading && c === undefined} error={club.error} onRetry={club.reload}>
      {c !== undefined && (
        <View>
          <ClubForm club={c} onSubmit={save} />
          {c && (
            <View className="clubs-actions clubs-actions--tight">
              {c.archived ? (
                <Button
                  loading={busy('restore')}
                  onClick={() => void act('restore', () => restoreClub(c.id), '已恢复')}
                >
                  恢复社团
                </Button>
              ) : (
                <Button
                  type="warn"
                  loading={busy('archive')}
                  testId="club-archive"
                  onClick={async () => {
                    const { confirm } = await Taro.showModal({
                      title: '停用这个社团？',
                      content: '停用后会员看不到它，尚未开始的活动会取消并通知已报名的会员。',
                      confirmText: '停用',
                      cancelText: '再想想',
                    });
                    if (confirm) await act('archive', () => archiveClub(c.id), '已停用');
                  }}
                >
                  停用社团
                </Button>
              )}
            </View>
          )}
        </View>
      )}
    </PageContainer>
  );
}
