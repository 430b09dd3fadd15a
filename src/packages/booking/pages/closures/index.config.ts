export default definePageConfig({
  navigationBarTitleText: '闭馆安排',
  enablePullDownRefresh: true,
});
