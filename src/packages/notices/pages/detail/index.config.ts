import { COLORS } from '@/lib/colors';
export default definePageConfig({
  navigationBarTitleText: '公告详情',
  navigationBarBackgroundColor: COLORS.surface,
});
