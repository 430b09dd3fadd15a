import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { Cell, Tag } from '@/components';
import { ROUTES, withQuery } from '@/lib/routes';
import { formatDay, formatWindow, PHASE_LABELS, PHASE_TONES } from '../format';
import type { StaffSurveyItem, SurveyCard } from '../types';
import './survey-cells.css';

const openAnswerPage = (id: number) => Taro.navigateTo({ url: withQuery(ROUTES.surveyAnswer, { id }) });
export const openResultsPage = (id: number) => Taro.navigateTo({ url: withQuery(ROUTES.surveyResults, { id }) });

/** Open evaluations for a member: what is left to answer, and what is done. */
export function OpenSurveyCells({ items }: { items: SurveyCard[] }) {
  return (
    <>
      {items.map((s) => (
        <Cell
          key={s.id}
          multiline
          title={s.title}
          label={`${formatDay(s.closesOn)}截止 · 共 ${s.questionCount} 题 · 约 3 分钟`}
          value={s.answered ? <Tag tone="grey">已参评</Tag> : <Text className="sv-go">去参评</Text>}
          arrow
          onClick={() => openAnswerPage(s.id)}
          testId="open-survey"
        />
      ))}
    </>
  );
}

/** Closed evaluations whose results the union published. */
export function PublishedSurveyCells({ items }: { items: SurveyCard[] }) {
  return (
    <>
      {items.map((s) => (
        <Cell
          key={s.id}
          multiline
          title={s.title}
          label={formatWindow(s.opensOn, s.closesOn)}
          value="查看结果"
          arrow
          onClick={() => openResultsPage(s.id)}
        />
      ))}
    </>
  );
}

/** Every evaluation of the union, for staff: its state and turnout at a glance. */
export function StaffSurveyCells({ items }: { items: StaffSurveyItem[] }) {
  return (
    <>
      {items.map((s) => (
        <Cell
          key={s.id}
          multiline
          title={s.title}
          label={
            <>
              <Tag tone={PHASE_TONES[s.phase]}>{PHASE_LABELS[s.phase]}</Tag>
              {formatWindow(s.opensOn, s.closesOn)}
              {s.phase !== 'draft' && ` · 已参评 ${s.answered}/${s.audience}`}
            </>
          }
          arrow
          onClick={() => openResultsPage(s.id)}
          testId="staff-survey"
        />
      ))}
    </>
  );
}
