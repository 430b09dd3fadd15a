import { View } from '@tarojs/components';
import { CellGroup } from '@/components';
import type { ErasureEffect } from '../privacy-types';
import './privacy.css';

// What happens, in the words a member reads before deciding (docs/personal-data.md has the rules).
const WHAT_GOES = [
  '您会立即退出登录，这个微信也不能再登录教职工之家。',
  '您的姓名、手机号、工号和微信绑定会被删除，记录上只显示“已注销会员”。',
  '您写下的内容会被清除：求助的情况说明、接待日想反映的问题、写给咨询师的话和化名、预约备注；上传的附件会被删除。',
  '还没开始的活动预约、心理咨询、接待日预约和社团活动报名会被取消，名额留给其他老师；您会退出所有社团。',
  '您的消息会被删除。',
];
const WHAT_STAYS = [
  '工会的统计数字不会变：活动中心使用次数、咨询次数、满意率、评议参评人数等照常计算，但其中已经没有能认出您的信息。',
  '会员评议的答卷本来就不记录答卷人，不受影响。',
  '注销后不能恢复。以后如果还想使用，请联系工会干事把您重新加入名册，您将作为新会员重新绑定，以前的记录不会回来。',
];

function Notes({ lines, warn }: { lines: string[]; warn?: boolean }) {
  return (
    <View className="privacy-notes">
      {lines.map((line) => (
        <View key={line} className={warn ? 'privacy-note privacy-note--warn' : 'privacy-note'}>
          <View className="privacy-note__dot" />
          <View>{line}</View>
        </View>
      ))}
    </View>
  );
}

/** The confirmation page's explanation: what goes, what stays, and what the member has right now. */
export function ErasureNotes({ effects }: { effects: ErasureEffect[] }) {
  const pending = effects.filter((e) => e.count > 0);
  return (
    <View data-testid="erasure-notes">
      <CellGroup title="注销后会发生什么">
        <Notes lines={WHAT_GOES} warn />
      </CellGroup>
      {pending.length > 0 && (
        <CellGroup title="您现在有" testId="erasure-effects">
          <Notes lines={pending.map((e) => `${e.label}：${e.count} ${e.unit}`)} warn />
        </CellGroup>
      )}
      <CellGroup title="不会改变的">
        <Notes lines={WHAT_STAYS} />
      </CellGroup>
    </View>
  );
}
