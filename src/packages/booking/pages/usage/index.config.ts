export default definePageConfig({
  navigationBarTitleText: '使用统计',
  enablePullDownRefresh: true,
});
