import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ROUTES, withQuery } from '@/lib/routes';
import type { Desk } from '../types';
import { a11y } from '@/components';
import './common.css';
import './desk-card.css';

const open = (url: string) => void Taro.navigateTo({ url });

function Figure({ label, value, tab, late }: { label: string; value: number; tab: string; late?: boolean }) {
  return (
    <View
      className="desk-card__figure"
      hoverClass="desk-card__figure--hover"
      onClick={() => open(withQuery(ROUTES.receptionDesk, { tab }))}
      data-testid={`desk-${tab}-${label === '已逾期' ? 'overdue' : 'count'}`}
      {...a11y({ role: 'link' })}
    >
      <Text className={`reception-figure__value${late && value > 0 ? ' reception-figure__value--late' : ''}`}>
        {value}
      </Text>
      <Text className="reception-figure__label">{label}</Text>
    </View>
  );
}

/** The officer's way in: today's visits, what waits for a reply, what is overdue, and the tools. */
export function DeskCard({ desk }: { desk: Desk }) {
  return (
    <View className="desk-card" data-testid="reception-desk-card">
      <View className="desk-card__head">
        <Text className="desk-card__title">接待工作台</Text>
        <Text
          className="link-text"
          onClick={() => open(withQuery(ROUTES.receptionDesk, { tab: 'today' }))}
          data-testid="open-today"
          {...a11y({ role: 'link' })}
        >
          今日接待
        </Text>
      </View>
      <View className="desk-card__figures">
        <Figure label="今日预约" value={desk.todayCount} tab="today" />
        <Figure label="待答复" value={desk.pendingCount} tab="follow-ups" />
        <Figure label="已逾期" value={desk.overdueCount} tab="follow-ups" late />
      </View>
      {desk.canManage && (
        <View className="desk-card__tools">
          <View
            className="desk-card__tool"
            hoverClass="desk-card__figure--hover"
            onClick={() => open(ROUTES.receptionSummary)}
            {...a11y({ role: 'link' })}
          >
            月度汇总
          </View>
          <View
            className="desk-card__tool"
            hoverClass="desk-card__figure--hover"
            onClick={() => open(ROUTES.receptionPublish)}
            {...a11y({ role: 'link' })}
          >
            发布接待日
          </View>
        </View>
      )}
    </View>
  );
}
