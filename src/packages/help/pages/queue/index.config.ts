export default definePageConfig({
  navigationBarTitleText: '求助办理',
  enablePullDownRefresh: true,
});
