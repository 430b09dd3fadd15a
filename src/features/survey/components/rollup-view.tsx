import { Text, View } from '@tarojs/components';
import { Tag } from '@/components';
import { formatPercent, PHASE_LABELS, PHASE_TONES } from '../format';
import type { SchoolRollup, SurveyRollup } from '../types';
import { Meter } from './meter';
import './results.css';
import './rollup-view.css';

const PASS_LINE = 85;

interface FiguresProps {
  turnout: number | null;
  satisfaction: number | null;
  passLine: number;
  passed: boolean | null;
}

function Figures({ turnout, satisfaction, passLine, passed }: FiguresProps) {
  return (
    <View className="sv-rollup__figures">
      <View className="sv-rollup__figure">
        <Text className="sv-rollup__name">参评率</Text>
        <Text className="sv-rollup__value">{formatPercent(turnout)}</Text>
        {turnout !== null && <Meter percent={turnout} tone="blue" thin />}
      </View>
      <View className="sv-rollup__figure">
        <Text className="sv-rollup__name">满意率</Text>
        <Text className={`sv-rollup__value${passed === false ? ' sv-rollup__value--warn' : ''}`}>
          {formatPercent(satisfaction)}
        </Text>
        {satisfaction !== null && (
          <Meter percent={satisfaction} tone={passed ? 'green' : 'orange'} marker={passLine} thin />
        )}
      </View>
    </View>
  );
}

function SchoolCard({ school }: { school: SchoolRollup }) {
  const survey = school.survey;
  return (
    <View className="sv-card" data-testid="rollup-school">
      <View className="sv-card__head">
        <Text className="sv-card__label">{school.unionName}</Text>
        {survey ? (
          <Tag tone={PHASE_TONES[survey.phase]}>{PHASE_LABELS[survey.phase]}</Tag>
        ) : (
          <Tag tone="grey">未开展</Tag>
        )}
      </View>
      {!survey && <Text className="sv-card__note">本年度还没有发布评议。会员 {school.audience} 人。</Text>}
      {survey && school.insufficient && (
        <Text className="sv-card__note">
          样本不足：参评不足 5 人，不显示统计，也不计入合计。应参评 {school.audience} 人。
        </Text>
      )}
      {survey && !school.insufficient && (
        <>
          <Figures
            turnout={school.turnoutRate}
            satisfaction={school.satisfactionRate}
            passLine={survey.passLine}
            passed={school.passed}
          />
          <Text className="sv-card__foot">
            已参评 {school.answered} / {school.audience} 人 · 合格线 {survey.passLine}%
            {school.passed === null ? '' : school.passed ? ' · 达标' : ' · 未达标'}
          </Text>
        </>
      )}
    </View>
  );
}

/** Each school's 参评率 and 满意率 and the district totals: counts only, never an answer. */
export function RollupView({ rollup }: { rollup: SurveyRollup }) {
  const t = rollup.totals;
  return (
    <View className="sv-results">
      <View className="sv-card sv-rollup__totals" data-testid="rollup-totals">
        <Text className="sv-card__label">
          {rollup.districtName} · {rollup.year}年度合计
        </Text>
        <Figures turnout={t.turnoutRate} satisfaction={t.satisfactionRate} passLine={PASS_LINE} passed={t.passed} />
        <Text className="sv-card__foot">
          计入 {t.schoolsCounted} 所学校{t.answered !== null ? `，已参评 ${t.answered} / ${t.audience} 人` : ''}
          {t.schoolsInsufficient > 0 ? `；${t.schoolsInsufficient} 所样本不足，未计入` : ''}。满意率合格线 {PASS_LINE}
          %。
        </Text>
      </View>
      <Text className="sv-section-title">各校情况</Text>
      {rollup.schools.map((s) => (
        <SchoolCard key={s.unionId} school={s} />
      ))}
    </View>
  );
}
