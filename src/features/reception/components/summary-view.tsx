import { Text, View } from '@tarojs/components';
import { Cell, CellGroup } from '@/components';
import { percent, TOPIC_LABELS } from '../labels';
import type { Summary } from '../types';
import { cssColor } from '@/lib/colors';
import './common.css';
import './summary-view.css';

function Tile({ label, value, tone }: { label: string; value: string | number; tone?: 'late' }) {
  return (
    <View className="summary-tile">
      <Text className={`reception-figure__value${tone ? ` reception-figure__value--${tone}` : ''}`}>{value}</Text>
      <Text className="reception-figure__label">{label}</Text>
    </View>
  );
}

/** A labelled bar: a styled View, no chart library. */
function Bar({ label, count, total, color }: { label: string; count: number; total: number; color: string }) {
  const width = total === 0 ? 0 : Math.max(count > 0 ? 4 : 0, Math.round((count / total) * 100));
  return (
    <View className="summary-bar">
      <Text className="summary-bar__label">{label}</Text>
      <View className="summary-bar__track">
        <View className="summary-bar__fill" style={{ width: `${width}%`, backgroundColor: color }} />
      </View>
      <Text className="summary-bar__count">{count}</Text>
    </View>
  );
}

/** The month in figures: sessions and visits, what they were about, replies on time, satisfaction. */
export function SummaryView({ summary: s }: { summary: Summary }) {
  const topicTotal = s.topics.reduce((sum, t) => sum + t.count, 0);
  const r = s.replies;
  const sat = s.satisfaction;
  return (
    <View data-testid="reception-summary">
      <View className="summary-tiles">
        <Tile label="接待日场次" value={s.sessions} />
        <Tile label="预约人次" value={s.appointments} />
        <Tile label="到场" value={s.arrived} />
        <Tile label="未到场" value={s.noShow} />
      </View>
      <CellGroup title="话题分布">
        <View className="summary-bars">
          {s.topics.map((t) => (
            <Bar
              key={t.topic}
              label={TOPIC_LABELS[t.topic]}
              count={t.count}
              total={topicTotal}
              color={cssColor('info')}
            />
          ))}
        </View>
      </CellGroup>
      <CellGroup title="答复情况" footer="按期答复率 = 按期答复 ÷（已答复 + 逾期未答复）">
        <View className="summary-tiles summary-tiles--flat">
          <Tile label="已答复" value={r.replied} />
          <Tile label="按期答复" value={r.onTime} />
          <Tile label="逾期未答复" value={r.overdue} tone={r.overdue > 0 ? 'late' : undefined} />
          <Tile label="按期答复率" value={percent(r.onTimeRate)} />
        </View>
      </CellGroup>
      <CellGroup title={`满意度（${sat.rated} 人评价）`} footer="满意率 = (满意 + 基本满意) ÷ 已评价">
        <View className="summary-bars">
          <Bar label="满意" count={sat.satisfied} total={sat.rated} color={cssColor('brand')} />
          <Bar label="基本满意" count={sat.basicallySatisfied} total={sat.rated} color={cssColor('brand-pale')} />
          <Bar label="不满意" count={sat.dissatisfied} total={sat.rated} color={cssColor('warning')} />
          <View className="summary-rate">
            <Text>满意率</Text>
            <Text className="summary-rate__value" data-testid="summary-satisfaction">
              {percent(sat.rate)}
            </Text>
          </View>
        </View>
      </CellGroup>
      <CellGroup>
        <Cell title="需转困难帮扶" value={`${s.helpCases} 件`} />
        <Cell title="未到答复期限" value={`${r.pending} 件`} />
      </CellGroup>
    </View>
  );
}
