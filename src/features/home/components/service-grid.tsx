import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { a11y, showInfo } from '@/components';
import type { ServiceEntry } from '../entries';
import './service-grid.css';

function open(entry: ServiceEntry): void {
  if (entry.path) void Taro.navigateTo({ url: entry.path });
  else showInfo('即将开放');
}

export function ServiceGrid({ entries }: { entries: ServiceEntry[] }) {
  return (
    <View className="service-grid">
      {entries.map((entry) => (
        <View
          key={entry.key}
          className="service-grid__item"
          hoverClass="service-grid__item--hover"
          onClick={() => open(entry)}
          data-testid={`service-${entry.key}`}
          {...a11y({ role: 'link' })}
        >
          <View className="service-grid__badge" style={{ backgroundColor: entry.color }}>
            <Text className="service-grid__glyph">{entry.glyph}</Text>
          </View>
          <Text className="service-grid__label">{entry.label}</Text>
        </View>
      ))}
    </View>
  );
}
