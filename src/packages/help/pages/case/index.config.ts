export default definePageConfig({
  navigationBarTitleText: '办理求助',
  enablePullDownRefresh: true,
});
