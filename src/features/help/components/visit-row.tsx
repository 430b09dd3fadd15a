import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { a11y, Button } from '@/components';
import { formatDate } from '@/lib/dayjs';
import { dueLabel } from '../labels';
import type { Visit, VisitItem } from '../types';
import { Flag } from './status-tag';
import { TextBox } from './text-box';
import './visit-row.css';

interface Props {
  visit: Visit & Partial<Pick<VisitItem, 'requestTitle' | 'memberName' | 'handlerName'>>;
  onComplete: (outcome: string) => Promise<unknown>;
  onOpenCase?: () => void;
}

/** One 回访: when it is due (flagged when late), what it is about, and the form that records it. */
export function VisitRow({ visit, onComplete, onOpenCase }: Props) {
  const [recording, setRecording] = useState(false);
  const who = visit.memberName === undefined ? null : (visit.memberName ?? '匿名');
  return (
    <View className="help-visit" data-testid="help-visit">
      <View className="help-visit__main" onClick={onOpenCase} {...a11y({ role: onOpenCase ? 'link' : undefined })}>
        <View className="help-visit__head">
          {visit.overdue && <Flag>已逾期</Flag>}
          <Text className="help-visit__date">{dueLabel(visit.dueOn)}</Text>
          <Text className={`help-visit__state help-visit__state--${visit.status}`}>
            {{ planned: '待回访', done: '已回访', cancelled: '已取消' }[visit.status]}
          </Text>
        </View>
        {visit.requestTitle && <Text className="help-visit__title">{visit.requestTitle}</Text>}
        {(who || visit.handlerName) && (
          <Text className="help-visit__meta">
            {[who, visit.handlerName && `办理人 ${visit.handlerName}`].filter(Boolean).join(' · ')}
          </Text>
        )}
        {visit.status === 'done' && visit.outcome && (
          <Text className="help-visit__outcome">
            {visit.doneAt ? `${formatDate(visit.doneAt)}：` : ''}
            {visit.outcome}
          </Text>
        )}
      </View>
      {visit.status === 'planned' && !recording && (
        <View className="help-visit__actions">
          <Button size="small" onClick={() => setRecording(true)} testId="help-visit-record">
            登记回访
          </Button>
        </View>
      )}
      {recording && (
        <TextBox
          title="回访情况"
          placeholder="回访方式、会员现状、是否还需要帮助"
          submitLabel="保存"
          maxLength={500}
          testId="help-visit-form"
          onCancel={() => setRecording(false)}
          onSubmit={(outcome) => onComplete(outcome).then(() => setRecording(false))}
        />
      )}
    </View>
  );
}
