import { Text, View } from '@tarojs/components';
import './loading.css';

interface Props {
  /** Fills the page, for a first load with nothing on screen yet. */
  full?: boolean;
  text?: string;
}

export function Spinner({ light }: { light?: boolean }) {
  return <View className={`ui-spinner${light ? ' ui-spinner--light' : ''}`} />;
}

export function Loading({ full, text = '加载中…' }: Props) {
  return (
    <View className={`ui-loading${full ? ' ui-loading--full' : ''}`}>
      <Spinner />
      <Text className="ui-loading__text">{text}</Text>
    </View>
  );
}
