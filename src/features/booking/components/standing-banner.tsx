import { Text, View } from '@tarojs/components';
import { Button } from '@/components';
import { formatDateTime } from '@/lib/dayjs';
import type { Standing } from '../types';
import './booking.css';
import './standing-banner.css';

interface Props {
  standing: Standing;
  onAppeal?: () => void;
}

/**
 * The member's booking standing: a suspension with its reason, end and appeal, or a gentle word
 * about recent no-shows before they add up to one. Nothing when all is well.
 */
export function StandingBanner({ standing, onAppeal }: Props) {
  const s = standing.suspension;
  if (s && s.status === 'active') {
    const appeal = s.appeal;
    return (
      <View className="bk-standing bk-standing--suspended" data-testid="standing-suspended">
        <Text className="bk-standing__title">预约资格暂停中</Text>
        <Text className="bk-standing__line">暂停至 {formatDateTime(s.endsAt)}，期间不能新预约</Text>
        <Text className="bk-standing__line">原因：{s.reason}</Text>
        {!appeal && onAppeal && (
          <View className="bk-standing__action">
            <Button type="primary" size="small" onClick={onAppeal} testId="standing-appeal">
              我要申诉
            </Button>
          </View>
        )}
        {appeal?.status === 'pending' && <Text className="bk-note">申诉已提交，等待工会处理：{appeal.reason}</Text>}
        {appeal?.status === 'rejected' && (
          <Text className="bk-note bk-note--error">申诉未通过{appeal.reply ? `：${appeal.reply}` : ''}</Text>
        )}
      </View>
    );
  }
  if (s && s.status === 'lifted') {
    return (
      <View className="bk-standing bk-standing--ok">
        <Text className="bk-standing__title">申诉已通过，预约资格已恢复</Text>
        {s.appeal?.reply && <Text className="bk-standing__line">{s.appeal.reply}</Text>}
      </View>
    );
  }
  if (standing.recentNoShows > 0) {
    return (
      <View className="bk-standing" data-testid="standing-warning">
        <Text className="bk-standing__line">
          近 {standing.noShowWindowDays} 天未到场 {standing.recentNoShows} 次。满 {standing.noShowLimit} 次将暂停预约{' '}
          {standing.suspensionDays} 天；不能到场请提前取消。
        </Text>
      </View>
    );
  }
  return null;
}
