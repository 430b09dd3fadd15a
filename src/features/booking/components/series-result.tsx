import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { a11y, Button, Cell, CellGroup } from '@/components';
import { resultSummary, seriesWhenText } from '../series-plan';
import { dateTitle } from '../slot-labels';
import type { SeriesCreated } from '../types';
import './booking.css';
import './series.css';

const SHOWN = 6;

interface Props {
  result: SeriesCreated;
  onList: () => void;
  onAnother: () => void;
}

const ICONS = { ok: '✓', warn: '!', bad: '×' };

/**
 * The server's answer to a new 固定安排, date by date: what was booked, what was skipped (closures,
 * slots already begun) and every conflict with who holds it. Nothing is left out.
 */
export function SeriesResult({ result, onList, onAnother }: Props) {
  const [allBooked, setAllBooked] = useState(false);
  const { headline, bookedDays, skipped, conflicts, tone } = resultSummary(result);
  const s = result.series;
  const booked = allBooked ? bookedDays : bookedDays.slice(0, SHOWN);
  return (
    <View data-testid="series-result">
      <View className={`bk-panel bk-series-head bk-series-head--${tone}`}>
        <View className="bk-round-icon bk-series-head__icon">{ICONS[tone]}</View>
        <Text className="bk-series-head__title" data-testid="series-headline">
          {headline}
        </Text>
        <Text className="bk-series-head__sub">
          “{s.title}” · {s.roomName}
        </Text>
        <Text className="bk-series-head__line">{seriesWhenText(s)}</Text>
        {s.startsOn !== s.endsOn && (
          <Text className="bk-series-head__line">
            {dateTitle(s.startsOn)} 至 {dateTitle(s.endsOn)}
          </Text>
        )}
        <View className="bk-series-stats">
          <View className="bk-series-stat bk-series-stat--ok">
            <Text className="bk-series-stat__n" data-testid="series-booked-count">
              {bookedDays.length}
            </Text>
            <Text className="bk-series-stat__label">天已预约</Text>
          </View>
          <View className="bk-series-stat">
            <Text className="bk-series-stat__n" data-testid="series-skipped-count">
              {skipped.length}
            </Text>
            <Text className="bk-series-stat__label">处跳过</Text>
          </View>
          <View className={`bk-series-stat${conflicts.length ? ' bk-series-stat--bad' : ''}`}>
            <Text className="bk-series-stat__n" data-testid="series-conflict-count">
              {conflicts.length}
            </Text>
            <Text className="bk-series-stat__label">处冲突</Text>
          </View>
        </View>
      </View>

      {conflicts.length > 0 && (
        <CellGroup
          title="时段冲突，未能预约"
          footer="这些时段已有人预约，没有挤占。如需使用，请先与预约人协调。"
          testId="series-conflicts"
        >
          {conflicts.map((c) => (
            <Cell
              key={`${c.date} ${c.time}`}
              multiline
              title={`${dateTitle(c.date)} ${c.time}`}
              label={<Text className="bk-series-line__reason bk-series-line__reason--bad">{c.reason}</Text>}
              testId={`series-conflict-${c.date}`}
            />
          ))}
        </CellGroup>
      )}
      {skipped.length > 0 && (
        <CellGroup title="已跳过" testId="series-skipped">
          {skipped.map((c) => (
            <Cell
              key={`${c.date} ${c.time}`}
              multiline
              title={`${dateTitle(c.date)} ${c.time}`}
              label={<Text className="bk-series-line__reason">{c.reason}</Text>}
              testId={`series-skipped-${c.date}`}
            />
          ))}
        </CellGroup>
      )}
      {bookedDays.length > 0 && (
        <CellGroup title={`已预约（${bookedDays.length} 天）`} testId="series-booked">
          {booked.map((b) => (
            <Cell key={b.date} title={dateTitle(b.date)} value={b.time} testId={`series-booked-${b.date}`} />
          ))}
          {!allBooked && bookedDays.length > SHOWN && (
            <View className="bk-series-more" onClick={() => setAllBooked(true)} {...a11y({ role: 'button' })}>
              展开其余 {bookedDays.length - SHOWN} 天
            </View>
          )}
        </CellGroup>
      )}

      <View className="bk-series-actions">
        <Button type="primary" onClick={onList} testId="series-open-list">
          查看全部固定安排
        </Button>
        <Button onClick={onAnother} testId="series-another">
          再新增一个
        </Button>
      </View>
    </View>
  );
}
