import { Text, View } from '@tarojs/components';
import { formatDateTime } from '@/lib/dayjs';
import { eventTitle } from '../labels';
import type { HelpEvent } from '../types';
import './timeline.css';

/** The case's history, newest first. Replies stand out; notes are marked as seen by handlers only. */
export function Timeline({ events, viewer }: { events: HelpEvent[]; viewer: 'member' | 'handler' }) {
  const newestFirst = [...events].reverse();
  return (
    <View className="help-timeline" data-testid="help-timeline">
      {newestFirst.map((event, i) => {
        const classes = ['help-timeline__item', `help-timeline__item--${event.kind}`];
        if (i === 0) classes.push('help-timeline__item--latest');
        if (event.actorRole === 'handler' && event.kind === 'reply') classes.push('help-timeline__item--answer');
        return (
          <View key={event.id} className={classes.join(' ')} data-testid={`help-event-${event.kind}`}>
            <View className="help-timeline__dot" />
            <View className="help-timeline__content">
              <View className="help-timeline__head">
                <Text className="help-timeline__title">{eventTitle(event, viewer)}</Text>
                {event.internal && <Text className="help-timeline__private">仅办理人可见</Text>}
              </View>
              <Text className="help-timeline__time">{formatDateTime(event.createdAt)}</Text>
              {event.body && (
                <Text className="help-timeline__body" userSelect>
                  {event.body}
                </Text>
              )}
            </View>
          </View>
        );
      })}
    </View>
  );
}
