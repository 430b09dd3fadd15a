import { Text, View } from '@tarojs/components';
import { Tag } from '@/components';
import { formatDay, formatWindow, PHASE_LABELS, PHASE_TONES } from '../format';
import type { SurveyDetail } from '../types';
import './survey-head.css';

/** The survey's title, state and window; the member's answer page adds its intro. */
export function SurveyHead({ survey, showIntro }: { survey: SurveyDetail; showIntro?: boolean }) {
  return (
    <View className="sv-head" data-testid="survey-head">
      <Text className="sv-head__title">{survey.title}</Text>
      <View className="sv-head__meta">
        <Tag tone={PHASE_TONES[survey.phase]}>{PHASE_LABELS[survey.phase]}</Tag>
        <Tag tone="grey">不记名</Tag>
        <Text>
          {survey.phase === 'open'
            ? `${formatDay(survey.closesOn)}截止`
            : formatWindow(survey.opensOn, survey.closesOn)}
        </Text>
      </View>
      {showIntro && survey.intro && <Text className="sv-head__intro">{survey.intro}</Text>}
    </View>
  );
}
