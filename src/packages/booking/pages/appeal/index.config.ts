export default definePageConfig({
  navigationBarTitleText: '预约资格申诉',
});
