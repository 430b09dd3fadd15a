import { Text, View } from '@tarojs/components';
import { Cell, CellGroup, Tag } from '@/components';
import { KIND_LABELS } from '../format';
import type { SurveyDetail } from '../types';
import './results.css';

/** A draft before it is published: its settings and questions as members will get them. */
export function DraftPreview({ survey }: { survey: SurveyDetail }) {
  return (
    <View data-testid="draft-preview">
      <CellGroup title="设置">
        <Cell
          title="参评范围"
          value={survey.branches.length ? survey.branches.map((b) => b.name).join('、') : '全体会员'}
          multiline
        />
        <Cell title="合格线" value={`满意率 ${survey.passLine}%`} />
        <Cell title="按分工会统计" value={survey.byBranch ? '是' : '否'} />
        <Cell title="结束后向会员公开结果" value={survey.resultsVisible ? '是' : '否'} />
      </CellGroup>
      <Text className="sv-section-title">题目（{survey.questions.length}）</Text>
      {survey.questions.map((q) => (
        <View key={q.id} className="sv-card">
          <Text className="sv-question__title">
            {q.position}. {q.title}
          </Text>
          <View className="sv-card__hint">
            <Tag tone="grey">{KIND_LABELS[q.kind]}</Tag>
            {q.satisfaction && <Tag tone="green">总体满意度</Tag>}
            {!q.required && <Tag tone="grey">选答</Tag>}
            {q.section}
          </View>
          {q.options.length > 0 && <Text className="sv-card__note">{q.options.join(' / ')}</Text>}
        </View>
      ))}
    </View>
  );
}
