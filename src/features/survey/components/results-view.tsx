import { Text, View } from '@tarojs/components';
import type { SurveyResults } from '../types';
import { BranchTable } from './branch-table';
import { QuestionChart } from './question-chart';
import { InsufficientCard, SatisfactionCard, TurnoutCard } from './results-summary';
import './results.css';

/** The whole results page body; what the viewer may see is already decided by the server. */
export function ResultsView({ results }: { results: SurveyResults }) {
  return (
    <View className="sv-results">
      <TurnoutCard results={results} />
      {results.insufficient ? (
        <InsufficientCard results={results} />
      ) : (
        <>
          <SatisfactionCard results={results} />
          {results.branches && results.branches.length > 0 && (
            <BranchTable branches={results.branches} minGroup={results.minGroup} />
          )}
          <Text className="sv-section-title">各题统计</Text>
          {results.questions.map((q) => (
            <QuestionChart key={q.id} question={q} />
          ))}
        </>
      )}
    </View>
  );
}
