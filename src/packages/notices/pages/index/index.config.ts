export default definePageConfig({
  navigationBarTitleText: '工会公开',
  enablePullDownRefresh: true,
});
