import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Switch, View } from '@tarojs/components';
import { Button, Cell, CellGroup, controlLabel, PageContainer } from '@/components';
import { hasWorkbench } from '@/features/admin/permissions';
import { useUnreadBadge } from '@/features/messages';
import { leaveSession, ProfileCard, sessionApi, useRequireSession, useSession } from '@/features/session';
import { useSettings } from '@/features/settings';
import { ROUTES } from '@/lib/routes';
import { COLORS } from '@/lib/colors';
import { usePageRefresh } from '@/lib/use-page-data';
import { MyRecords } from './my-records';
import './index.css';

const ABOUT =
  '教职工之家是学校工会的线上服务平台：活动预约、心理咨询、困难帮扶、兴趣社团、会员评议、主席接待日和工会公开，一部手机就能办。';

export default function MinePage() {
  const member = useRequireSession();
  const largeText = useSettings((s) => s.largeText);
  const setLargeText = useSettings((s) => s.setLargeText);
  const [leaving, setLeaving] = useState(false);
  useUnreadBadge(!!member);
  // Roles and 分工会 can change after sign-in; refresh them quietly on each visit.
  usePageRefresh(() => sessionApi.getMe().then(useSession.getState().setMember, () => undefined), {
    enabled: !!member,
  });

  const signOut = async () => {
    const { confirm } = await Taro.showModal({
      title: '退出登录',
      content: '确定要退出当前账号吗？',
      confirmColor: COLORS.dangerStrong,
    });
    if (!confirm) return;
    setLeaving(true);
    // The local session goes whatever the server answers: the member asked to leave.
    await sessionApi.logout().catch(() => undefined);
    leaveSession();
  };

  if (!member) return null;
  return (
    <PageContainer>
      <ProfileCard member={member} />
      <CellGroup>
        <Cell title="所属工会" value={<View data-testid="mine-union">{member.union.name}</View>} />
        <Cell title="分工会" value={member.branch?.name ?? '未分配'} />
      </CellGroup>
      {member.union.kind !== 'district' && <MyRecords />}
      {hasWorkbench(member) && (
        <CellGroup>
          <Cell
            title="工作台"
            label="名册、角色与待办"
            arrow
            testId="open-workbench"
            onClick={() => Taro.navigateTo({ url: ROUTES.adminWorkbench })}
          />
        </CellGroup>
      )}
      <CellGroup footer="开启后，所有页面的文字放大显示。">
        <Cell
          title="大字模式"
          value={
            <Switch
              color={COLORS.brandStrong}
              checked={largeText}
              onChange={(e) => setLargeText(e.detail.value)}
              {...controlLabel('大字模式')}
              data-testid="large-text-switch"
            />
          }
        />
      </CellGroup>
      <CellGroup>
        <Cell
          title="个人信息与隐私"
          label="查看、下载我的信息，注销账号"
          arrow
          testId="open-privacy"
          onClick={() => Taro.navigateTo({ url: ROUTES.privacy })}
        />
        <Cell
          title="关于教职工之家"
          arrow
          onClick={() => Taro.showModal({ title: '关于', content: ABOUT, showCancel: false, confirmText: '知道了' })}
        />
      </CellGroup>
      <View className="mine-actions">
        <Button type="warn" loading={leaving} onClick={signOut} testId="logout-button">
          退出登录
        </Button>
      </View>
    </PageContainer>
  );
}
