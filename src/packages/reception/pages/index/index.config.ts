export default definePageConfig({
  navigationBarTitleText: '主席接待日',
  enablePullDownRefresh: true,
});
