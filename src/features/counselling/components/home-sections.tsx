import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { a11y, Button, Cell, CellGroup } from '@/components';
import { formatDateTime } from '@/lib/dayjs';
import { ROUTES, withQuery } from '@/lib/routes';
import type { Counsellor, MyAppointment, Overview } from '../types';
import { MyAppointmentCells } from './appointment-cells';

const go = (url: string) => void Taro.navigateTo({ url });

/** Before consent: what this is, and the way to the consent page. */
export function Welcome() {
  return (
    <View className="cs-card" data-testid="counselling-welcome">
      <Text className="cs-card__title">教职工心理咨询</Text>
      <Text className="cs-card__text">
        工作压力、家庭烦恼、情绪低落……都可以找专业的心理咨询师聊一聊。面谈、电话、线上都可以，也可以用化名。{'\n'}
        谁来咨询、聊了什么，只有您和您的咨询师知道。
      </Text>
      <View className="cs-actions cs-actions--flush">
        <Button type="primary" onClick={() => go(ROUTES.counsellingConsent)} testId="counselling-start">
          阅读知情同意书，开始预约
        </Button>
      </View>
    </View>
  );
}

export function MyUpcoming({ items, max }: { items: MyAppointment[]; max: number }) {
  return (
    <CellGroup
      title={`我的预约（最多同时 ${max} 个）`}
      extra={
        <Text className="link-text" onClick={() => go(ROUTES.counsellingHistory)} {...a11y({ role: 'link' })}>
          历史记录
        </Text>
      }
      testId="my-upcoming"
    >
      {items.length ? (
        <MyAppointmentCells items={items} />
      ) : (
        <Cell title="暂无进行中的预约" label="在下方选择一位咨询师，或由最早有空的咨询师接待" multiline />
      )}
    </CellGroup>
  );
}

export function CounsellorChoices({ counsellors }: { counsellors: Counsellor[] }) {
  return (
    <CellGroup title="预约咨询" testId="counsellor-list">
      <Cell
        title="任一咨询师"
        label="由最早有空的咨询师接待"
        arrow
        onClick={() => go(ROUTES.counsellingBook)}
        testId="counsellor-any"
      />
      {counsellors.map((c) => (
        <Cell
          key={c.id}
          title={c.displayName}
          label={c.nextSlotAt ? `最早可约 ${formatDateTime(c.nextSlotAt)}` : '近期已约满'}
          arrow
          onClick={() => go(withQuery(ROUTES.counsellingCounsellor, { id: c.id }))}
          testId={`counsellor-${c.id}`}
        />
      ))}
    </CellGroup>
  );
}

/** The doors for counsellors and officers; members see none of them. */
export function WorkEntries({ access }: { access: Overview['access'] }) {
  if (!access.counsellorId && !access.canManage) return null;
  return (
    <CellGroup title="工作">
      {access.counsellorId && (
        <Cell
          title="咨询工作台"
          label="我的预约、排班与笔记"
          arrow
          onClick={() => go(ROUTES.counsellingDesk)}
          testId="entry-desk"
        />
      )}
      {access.canSeeStats && (
        <Cell
          title="每月咨询次数"
          label="只有次数，没有姓名和内容"
          arrow
          onClick={() => go(ROUTES.counsellingStats)}
          testId="entry-stats"
        />
      )}
      {access.canManage && (
        <Cell
          title="咨询师与热线"
          label="咨询师档案、热线和预约规则"
          arrow
          onClick={() => go(ROUTES.counsellingManage)}
          testId="entry-manage"
        />
      )}
    </CellGroup>
  );
}
