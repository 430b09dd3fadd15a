import { Text, View } from '@tarojs/components';
import { Button } from './button';
import './status-view.css';

interface Props {
  title?: string;
  message: string;
  onRetry?: () => void;
  retryText?: string;
  /** Sits inside a section instead of filling the page. */
  compact?: boolean;
}

export function ErrorView({ title = '加载失败', message, onRetry, retryText = '重试', compact }: Props) {
  return (
    <View className={`ui-status${compact ? ' ui-status--compact' : ' ui-status--full'}`} data-testid="error-view">
      <View className="ui-status__icon ui-status__icon--error">
        <Text className="ui-status__mark">!</Text>
      </View>
      <Text className="ui-status__title">{title}</Text>
      <Text className="ui-status__text">{message}</Text>
      {onRetry && (
        <Button type="primary" className="ui-status__action" onClick={onRetry} testId="retry-button">
          {retryText}
        </Button>
      )}
    </View>
  );
}
