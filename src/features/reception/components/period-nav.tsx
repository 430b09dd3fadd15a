import { Text, View } from '@tarojs/components';
import { a11y } from '@/components';
import './period-nav.css';

interface Props {
  label: string;
  prevText: string;
  nextText: string;
  onPrev: () => void;
  onNext: () => void;
  /** The future holds nothing to count yet (the summary's next month). */
  nextDisabled?: boolean;
}

/** ‹ 上一周 | 11月23日–11月29日 | 下一周 › — the week on the desk, the month in the summary. */
export function PeriodNav({ label, prevText, nextText, onPrev, onNext, nextDisabled }: Props) {
  return (
    <View className="period-nav">
      <Text className="period-nav__step" onClick={onPrev} data-testid="period-prev" {...a11y({ role: 'button' })}>
        ‹ {prevText}
      </Text>
      <Text className="period-nav__label">{label}</Text>
      <Text
        className={`period-nav__step${nextDisabled ? ' period-nav__step--off' : ''}`}
        onClick={nextDisabled ? undefined : onNext}
        data-testid="period-next"
        {...a11y({ role: 'button' })}
      >
        {nextText} ›
      </Text>
    </View>
  );
}
