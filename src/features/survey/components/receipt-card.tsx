import { Text, View } from '@tarojs/components';
import './answer.css';

interface Props {
  code: string | null;
  /** Just submitted (a thank-you) or opened again later. */
  fresh: boolean;
}

/** The proof of participation: a random code that says nothing of what was answered. */
export function ReceiptCard({ code, fresh }: Props) {
  return (
    <View className="sv-receipt" data-testid="survey-receipt">
      <View className="sv-receipt__icon">
        <View className="sv-receipt__check" />
      </View>
      <Text className="sv-receipt__title">{fresh ? '评议已提交，感谢参与' : '您已参加本次评议'}</Text>
      {code && (
        <View className="sv-receipt__box">
          <Text className="sv-receipt__label">参评回执码</Text>
          <Text className="sv-receipt__code" userSelect data-testid="receipt-code">
            {code}
          </Text>
        </View>
      )}
      <Text className="sv-receipt__text">
        回执码只能证明您参加了评议，不包含、也查不出您的答案。需要证明参评时，可向工会干事出示。
      </Text>
    </View>
  );
}
