export default definePageConfig({
  navigationBarTitleText: '分工会管理',
});
