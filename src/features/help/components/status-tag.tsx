import { Text } from '@tarojs/components';
import { HANDLER_STATUS, MEMBER_STATUS, STATUS_TONE } from '../labels';
import type { HelpStatus } from '../types';
import './status-tag.css';

export function StatusTag({
  status,
  viewer,
  large,
}: {
  status: HelpStatus;
  viewer: 'member' | 'handler';
  large?: boolean;
}) {
  const label = (viewer === 'member' ? MEMBER_STATUS : HANDLER_STATUS)[status];
  return (
    <Text
      className={`help-status help-status--${STATUS_TONE[status]}${large ? ' help-status--large' : ''}`}
      data-testid="help-status"
    >
      {label}
    </Text>
  );
}

/** A small red or orange flag beside a title: 超期, 紧急. */
export function Flag({ children, tone = 'red' }: { children: string; tone?: 'red' | 'orange' }) {
  return <Text className={`help-flag help-flag--${tone}`}>{children}</Text>;
}
