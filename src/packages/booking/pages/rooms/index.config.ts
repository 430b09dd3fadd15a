export default definePageConfig({
  navigationBarTitleText: '场地与签到码',
  enablePullDownRefresh: true,
});
