import { CellGroup } from '@/components';
import { View } from '@tarojs/components';
import './panels.css';

export function DescriptionCard({ text }: { text: string }) {
  return (
    <CellGroup title="情况说明">
      <View className="help-panel__text" data-testid="help-description-text">
        {text}
      </View>
    </CellGroup>
  );
}
