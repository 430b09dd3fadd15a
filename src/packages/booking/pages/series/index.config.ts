export default definePageConfig({
  navigationBarTitleText: '固定安排',
  enablePullDownRefresh: true,
});
