export default definePageConfig({
  navigationBarTitleText: '暂停与申诉',
  enablePullDownRefresh: true,
});
