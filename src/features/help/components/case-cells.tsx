import Taro from '@tarojs/taro';
import { Cell } from '@/components';
import { formatDate } from '@/lib/dayjs';
import { ROUTES, withQuery } from '@/lib/routes';
import { dueLabel, URGENCY_LABEL } from '../labels';
import type { HelpCaseSummary, HelpSummary } from '../types';
import { Flag, StatusTag } from './status-tag';

export const openMyCase = (id: number) => void Taro.navigateTo({ url: withQuery(ROUTES.helpDetail, { id }) });
export const openCase = (id: number) => void Taro.navigateTo({ url: withQuery(ROUTES.helpCase, { id }) });

function Title({ item }: { item: HelpSummary }) {
  return (
    <>
      {item.overdue && <Flag>超期</Flag>}
      {item.urgency !== 'normal' && <Flag tone="orange">{URGENCY_LABEL[item.urgency]}</Flag>}
      {item.title}
    </>
  );
}

/** The member's own cases: title, category and date, the state on the right. */
export function MyCaseCells({ items }: { items: HelpSummary[] }) {
  return (
    <>
      {items.map((item) => (
        <Cell
          key={item.id}
          multiline
          title={<Title item={item} />}
          label={`${item.categoryName} · ${formatDate(item.createdAt)}提交`}
          value={<StatusTag status={item.status} viewer="member" />}
          arrow
          onClick={() => openMyCase(item.id)}
          testId="help-my-case"
        />
      ))}
    </>
  );
}

/** The handlers' queue: who asked (or 匿名), the category, and the deadline while it runs. */
export function QueueCells({ items }: { items: HelpCaseSummary[] }) {
  return (
    <>
      {items.map((item) => {
        const who = item.anonymous ? '匿名' : item.memberName;
        const running = ['submitted', 'accepted', 'in_progress'].includes(item.status);
        return (
          <Cell
            key={item.id}
            multiline
            title={<Title item={item} />}
            label={[item.categoryName, who, running ? `${dueLabel(item.responseDueOn)}前答复` : item.handlerName]
              .filter(Boolean)
              .join(' · ')}
            value={<StatusTag status={item.status} viewer="handler" />}
            arrow
            onClick={() => openCase(item.id)}
            testId="help-queue-item"
          />
        );
      })}
    </>
  );
}
