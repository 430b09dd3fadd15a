import { Text, View } from '@tarojs/components';
import { barWidth } from '../format';
import './results.css';

interface Props {
  /** 0–100 */
  percent: number;
  tone?: 'green' | 'orange' | 'blue';
  /** A line across the bar at this percentage, e.g. the 85% pass line. */
  marker?: number;
  markerLabel?: string;
  thin?: boolean;
  testId?: string;
}

/** A horizontal bar: a styled View, no chart library. */
export function Meter({ percent, tone = 'green', marker, markerLabel, thin, testId }: Props) {
  return (
    <View
      className={`sv-meter${thin ? ' sv-meter--thin' : ''}${markerLabel ? ' sv-meter--labelled' : ''}`}
      data-testid={testId}
    >
      <View className="sv-meter__track">
        <View className={`sv-meter__fill sv-meter__fill--${tone}`} style={{ width: barWidth(percent) }} />
        {marker !== undefined && (
          <View
            className="sv-meter__marker"
            style={{ left: `${marker}%` }}
            data-testid={testId ? `${testId}-marker` : undefined}
          >
            {markerLabel && <Text className="sv-meter__marker-label">{markerLabel}</Text>}
          </View>
        )}
      </View>
    </View>
  );
}
