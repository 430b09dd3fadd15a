import { Picker, Text, View } from '@tarojs/components';
import { copyDay, WEEKDAY_NAMES, type Period, type WeekHours } from '../room-form';
import { a11y } from '@/components';
import './opening-hours-editor.css';

interface Props {
  hours: WeekHours;
  onChange: (hours: WeekHours) => void;
}

function nextPeriod(day: Period[]): Period {
  const last = day[day.length - 1];
  if (!last) return { opens: '08:00', closes: '18:00' };
  const hour = Math.min(22, Number(last.closes.slice(0, 2)) + 1);
  return { opens: `${String(hour).padStart(2, '0')}:00`, closes: `${String(hour + 2).padStart(2, '0')}:00` };
}

function TimeButton({ value, onPick }: { value: string; onPick: (value: string) => void }) {
  return (
    <Picker
      className="bk-hours__picker"
      mode="time"
      value={value === '24:00' ? '23:59' : value}
      onChange={(e) => onPick(String(e.detail.value))}
    >
      <View className="bk-hours__time">{value}</View>
    </Picker>
  );
}

/** 开放时间: each weekday's periods, each with its opening and closing time. */
export function OpeningHoursEditor({ hours, onChange }: Props) {
  const setDay = (i: number, day: Period[]) => onChange(hours.map((d, j) => (j === i ? day : d)));
  const setPeriod = (i: number, k: number, change: Partial<Period>) =>
    setDay(
      i,
      hours[i]!.map((p, j) => (j === k ? { ...p, ...change } : p)),
    );

  return (
    <View className="bk-hours" data-testid="opening-hours">
      {hours.map((day, i) => (
        <View key={WEEKDAY_NAMES[i]} className="bk-hours__day">
          <Text className="bk-hours__name">{WEEKDAY_NAMES[i]}</Text>
          <View className="bk-hours__periods">
            {day.length === 0 && <Text className="bk-hours__closed">不开放</Text>}
            {day.map((p, k) => (
              <View key={k} className="bk-hours__period">
                <TimeButton value={p.opens} onPick={(opens) => setPeriod(i, k, { opens })} />
                <Text className="bk-hours__to">至</Text>
                <TimeButton value={p.closes} onPick={(closes) => setPeriod(i, k, { closes })} />
                <Text
                  className="bk-hours__remove"
                  onClick={() =>
                    setDay(
                      i,
                      day.filter((_, j) => j !== k),
                    )
                  }
                  {...a11y({ role: 'button' })}
                >
                  删除
                </Text>
              </View>
            ))}
          </View>
          <Text
            className="bk-hours__add"
            onClick={() => setDay(i, [...day, nextPeriod(day)])}
            data-testid={`hours-add-${i + 1}`}
            {...a11y({ role: 'button' })}
          >
            添加
          </Text>
        </View>
      ))}
      <View
        className="bk-hours__copy"
        onClick={() => onChange(copyDay(hours, 0, [1, 2, 3, 4]))}
        {...a11y({ role: 'button' })}
      >
        把周一的时间复制到周二至周五
      </View>
    </View>
  );
}
