import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { DEFAULT_HOTLINES } from '../labels';
import { useCounselling } from '../store';
import { a11y } from '@/components';
import './hotline-bar.css';

const call = (phoneNumber: string) => void Taro.makePhoneCall({ phoneNumber }).catch(() => undefined);

/** The crisis lines, at the top of every counselling page: one tap dials. */
export function HotlineBar() {
  const hotlines = useCounselling((s) => s.overview?.hotlines) ?? DEFAULT_HOTLINES;
  return (
    <View className="cs-hotlines" data-testid="hotline-bar">
      <Text className="cs-hotlines__lead">心里难受、需要马上有人倾听时，点一下即可拨打热线</Text>
      <View className="cs-hotlines__list">
        {hotlines.map((h) => (
          <View
            key={h.number}
            className="cs-hotlines__line"
            hoverClass="cs-hotlines__line--hover"
            onClick={() => call(h.number)}
            {...a11y({ role: 'button' })}
          >
            <Text className="cs-hotlines__number">{h.number}</Text>
            <Text className="cs-hotlines__label">{h.label}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
