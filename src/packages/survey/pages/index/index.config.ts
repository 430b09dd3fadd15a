export default definePageConfig({
  navigationBarTitleText: '会员评议',
  enablePullDownRefresh: true,
});
