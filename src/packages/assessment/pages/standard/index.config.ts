export default definePageConfig({ navigationBarTitleText: '评价标准' });
