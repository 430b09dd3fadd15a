export default definePageConfig({
  navigationBarTitleText: '各校评议汇总',
  enablePullDownRefresh: true,
});
