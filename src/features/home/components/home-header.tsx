import { Text, View } from '@tarojs/components';
import { greeting } from '@/lib/dayjs';
import './home-header.css';

interface Props {
  unionName: string;
  memberName: string;
}

export function HomeHeader({ unionName, memberName }: Props) {
  return (
    <View className="home-header">
      <Text className="home-header__union" data-testid="home-union-name">
        {unionName}
      </Text>
      <Text className="home-header__greeting">
        {memberName}，{greeting()}
      </Text>
      <Text className="home-header__tagline">教职工之家，为您服务</Text>
    </View>
  );
}
