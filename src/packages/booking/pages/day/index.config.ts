export default definePageConfig({
  navigationBarTitleText: '场地日程',
  enablePullDownRefresh: true,
});
