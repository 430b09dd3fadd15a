import { COLORS } from '@/lib/colors';

export default definePageConfig({
  navigationBarTitleText: '教职工之家',
  // The white title sits on this green: the darker brand green keeps it readable (5.4:1).
  navigationBarBackgroundColor: COLORS.brandStrong,
  navigationBarTextStyle: 'white',
  backgroundColor: COLORS.brandStrong,
  backgroundTextStyle: 'light',
  enablePullDownRefresh: true,
});
