import { Picker, Text, View } from '@tarojs/components';
import { a11y } from '@/components';
import './period-switcher.css';

interface Props {
  /** '11月23日 周一', '2026年11月' */
  label: string;
  prevText: string;
  nextText: string;
  onPrev: () => void;
  onNext: () => void;
  /** A date picker on the label: 'day' picks a date, 'month' a month (value 'YYYY-MM-DD' / 'YYYY-MM'). */
  pick?: { fields: 'day' | 'month'; value: string; onChange: (value: string) => void };
}

/** ‹ 前一天 | 11月23日 周一 | 后一天 › — big enough to tap with a thumb. */
export function PeriodSwitcher({ label, prevText, nextText, onPrev, onNext, pick }: Props) {
  const title = (
    <View className="bk-period__label">
      <Text>{label}</Text>
      {pick && <Text className="bk-period__caret" />}
    </View>
  );
  return (
    <View className="bk-period">
      <View
        className="bk-period__step"
        hoverClass="bk-period__step--hover"
        onClick={onPrev}
        data-testid="period-prev"
        {...a11y({ role: 'button' })}
      >
        ‹ {prevText}
      </View>
      {pick ? (
        <Picker
          mode="date"
          fields={pick.fields}
          value={pick.value}
          onChange={(e) => pick.onChange(String(e.detail.value))}
        >
          {title}
        </Picker>
      ) : (
        title
      )}
      <View
        className="bk-period__step"
        hoverClass="bk-period__step--hover"
        onClick={onNext}
        data-testid="period-next"
        {...a11y({ role: 'button' })}
      >
        {nextText} ›
      </View>
    </View>
  );
}
