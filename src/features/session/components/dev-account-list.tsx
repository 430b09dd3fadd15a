import { Text, View } from '@tarojs/components';
import { Cell, CellGroup, Spinner, Tag } from '@/components';
import { devAccountRoleLabels } from '../roles';
import type { DevAccount } from '../types';
import './session.css';

interface Props {
  accounts: DevAccount[];
  /** The staffNo being signed in, to show its spinner and hold other taps. */
  pending: string | null;
  onPick: (account: DevAccount) => void;
}

export function DevAccountList({ accounts, pending, onPick }: Props) {
  return (
    <CellGroup title="演示账号" footer="开发环境：点一个账号即可直接登录，无需微信授权。">
      {accounts.length === 0 && <Cell title="暂无演示账号" label="请先运行 npm run db:seed 导入演示数据" />}
      {accounts.map((a) => (
        <Cell
          key={a.staffNo}
          testId={`dev-account-${a.staffNo}`}
          icon={<View className="session-avatar">{a.name.slice(0, 1)}</View>}
          title={
            <View className="session-account__title">
              <Text className="session-account__name">{a.name}</Text>
              {devAccountRoleLabels(a).map((label) => (
                <Tag key={label} tone={label === '会员' ? 'grey' : 'green'}>
                  {label}
                </Tag>
              ))}
            </View>
          }
          label={`${a.unionName} · 工号 ${a.staffNo}`}
          value={pending === a.staffNo ? <Spinner /> : undefined}
          arrow={pending !== a.staffNo}
          onClick={pending ? undefined : () => onPick(a)}
        />
      ))}
    </CellGroup>
  );
}
