import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { clubImageSrc } from '../files';
import { a11y } from '@/components';
import './clubs.css';

interface Props {
  /** Server addresses of photos, or local paths of photos still being picked. */
  sources: string[];
  local?: boolean;
  onRemove?: (index: number) => void;
  onAdd?: () => void;
  max?: number;
}

/** Photos as tappable thumbnails (full screen on tap); with `onAdd`, a tile to pick more. */
export function PhotoGrid({ sources, local, onRemove, onAdd, max = 9 }: Props) {
  const src = (s: string) => (local ? s : clubImageSrc(s));
  const urls = sources.map(src);
  if (sources.length === 0 && !onAdd) return null;
  return (
    <View className="clubs-photos">
      {urls.map((url, index) => (
        <View key={url} className="clubs-photo">
          <Image
            className="clubs-photo__img"
            src={url}
            mode="aspectFill"
            onClick={() => void Taro.previewImage({ current: url, urls })}
            {...a11y({ role: 'button', label: `查看第 ${index + 1} 张照片大图` })}
          />
          {onRemove && (
            <View
              className="clubs-photo__remove"
              onClick={() => onRemove(index)}
              {...a11y({ role: 'button', label: `删除第 ${index + 1} 张照片` })}
            >
              ×
            </View>
          )}
        </View>
      ))}
      {onAdd && sources.length < max && (
        <View
          className="clubs-photo clubs-photo--add"
          onClick={onAdd}
          data-testid="photo-add"
          {...a11y({ role: 'button' })}
        >
          <Text className="clubs-photo__plus">+</Text>
          <Text>添加图片</Text>
        </View>
      )}
    </View>
  );
}
