export default definePageConfig({
  navigationBarTitleText: '参加评议',
});
