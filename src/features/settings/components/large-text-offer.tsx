import { Text, View } from '@tarojs/components';
import { Button } from '@/components';
import { useSettings } from '../store';
import './large-text-offer.css';

/**
 * Asked once, on 首页 right after the first sign-in: many members are over 50 and would not
 * look for 大字模式 on 我的. Answered either way, it goes for good (我的 still has the switch).
 */
export function LargeTextOffer() {
  const offered = useSettings((s) => s.largeTextOffered);
  const largeText = useSettings((s) => s.largeText);
  const answer = useSettings((s) => s.answerLargeTextOffer);
  if (offered || largeText) return null;
  return (
    <View className="large-text-offer" data-testid="large-text-offer">
      <Text className="large-text-offer__title">字看着小吗？</Text>
      <Text className="large-text-offer__text">
        打开大字模式，每个页面的文字都会放大。以后也可以在「我的」里随时开关。
      </Text>
      <View className="large-text-offer__actions">
        <Button
          size="small"
          onClick={() => answer(false)}
          className="large-text-offer__button"
          testId="large-text-offer-no"
        >
          不用了
        </Button>
        <Button
          size="small"
          type="primary"
          onClick={() => answer(true)}
          className="large-text-offer__button"
          testId="large-text-offer-yes"
        >
          打开大字模式
        </Button>
      </View>
    </View>
  );
}
