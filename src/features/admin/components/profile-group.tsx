import { Cell, CellGroup } from '@/components';
import { formatDate } from '@/lib/dayjs';
import type { PersonalProfile } from '../privacy-types';

/** The member's own profile as stored, with the phone number partly hidden. */
export function ProfileGroup({ profile }: { profile: PersonalProfile }) {
  const rows: [string, string][] = [
    ['姓名', profile.name],
    ['工号', profile.staffNo],
    ['手机号', profile.phone],
    ['所属工会', profile.unionName],
    ['分工会', profile.branchName ?? '未分配'],
    ['角色', profile.roles.length ? profile.roles.join('、') : '会员'],
    [
      '微信绑定',
      profile.wechatBound ? `已绑定${profile.boundAt ? `（${formatDate(profile.boundAt)}）` : ''}` : '未绑定',
    ],
    ['登录中的设备', `${profile.openSessions} 台`],
    ['加入名册', formatDate(profile.memberSince)],
  ];
  return (
    <CellGroup title="个人资料" testId="privacy-profile">
      {rows.map(([title, value]) => (
        <Cell key={title} title={title} value={value} />
      ))}
    </CellGroup>
  );
}
