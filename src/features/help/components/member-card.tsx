import Taro from '@tarojs/taro';
import { CellGroup, Cell } from '@/components';
import type { HelpCase } from '../types';

/** Who asked, for the handler; anonymous 意见建议 say so instead. */
export function MemberCard({ kase }: { kase: HelpCase }) {
  if (!kase.member) {
    return (
      <CellGroup title="提交人">
        <Cell
          title="匿名提交"
          label="会员选择了匿名，办理人看不到姓名；答复会通过消息送达本人。"
          testId="help-member-anonymous"
        />
      </CellGroup>
    );
  }
  const { name, staffNo, phone, branchName } = kase.member;
  return (
    <CellGroup title="提交人">
      <Cell title={name} label={[`工号 ${staffNo}`, branchName].filter(Boolean).join(' · ')} testId="help-member" />
      <Cell
        title="电话"
        value={phone}
        arrow
        onClick={() => void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)}
      />
    </CellGroup>
  );
}
