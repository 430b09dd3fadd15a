export default definePageConfig({
  navigationBarTitleText: '接待工作台',
  enablePullDownRefresh: true,
});
