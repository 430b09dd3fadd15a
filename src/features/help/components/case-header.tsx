import { Text, View } from '@tarojs/components';
import { formatDateTime } from '@/lib/dayjs';
import { CONTACT_LABEL, nextStep, URGENCY_LABEL } from '../labels';
import type { HelpRequest } from '../types';
import { Flag, StatusTag } from './status-tag';
import './case-header.css';

const STEPS = ['提交', '受理', '办理', '办结', '评价'] as const;

/** How far along the five steps the case is; -1 for a case that left the road (withdrawn, rejected). */
function stepOf(c: HelpRequest): number {
  switch (c.status) {
    case 'submitted':
      return 0;
    case 'accepted':
      return 1;
    case 'in_progress':
    case 'waiting_member':
      return 2;
    case 'resolved':
      return 3;
    case 'closed':
      return c.rating ? 4 : 3;
    default:
      return -1;
  }
}

/** The top of a case page: its state in words, where it stands on the way, and what comes next. */
export function CaseHeader({ kase, viewer }: { kase: HelpRequest; viewer: 'member' | 'handler' }) {
  const step = stepOf(kase);
  const asked =
    kase.status === 'waiting_member' ? [...kase.events].reverse().find((e) => e.kind === 'info_requested') : undefined;
  return (
    <View className="help-header" data-testid="help-header">
      <View className="help-header__top">
        <StatusTag status={kase.status} viewer={viewer} large />
        <Text className="help-header__id">编号 {kase.id}</Text>
      </View>
      <Text className="help-header__title" userSelect>
        {kase.overdue && <Flag>超期</Flag>}
        {kase.title}
      </Text>
      <Text className="help-header__meta">
        {kase.categoryName} · {URGENCY_LABEL[kase.urgency]} · 联系方式：{CONTACT_LABEL[kase.contactPreference]}
        {kase.anonymous ? ' · 匿名' : ''}
      </Text>
      <Text className="help-header__meta">{formatDateTime(kase.createdAt)} 提交</Text>
      {step >= 0 && (
        <View className="help-steps">
          {STEPS.map((label, i) => (
            <View
              key={label}
              className={`help-steps__item${i <= step ? ' help-steps__item--done' : ''}${i === step ? ' help-steps__item--now' : ''}`}
            >
              <View className="help-steps__dot" />
              <Text className="help-steps__label">{label}</Text>
            </View>
          ))}
        </View>
      )}
      <View
        className={`help-header__next${kase.overdue ? ' help-header__next--late' : ''}${asked ? ' help-header__next--ask' : ''}`}
        data-testid="help-next"
      >
        {asked && viewer === 'member' ? `需要您补充：${asked.body}` : nextStep(kase, viewer)}
      </View>
    </View>
  );
}
