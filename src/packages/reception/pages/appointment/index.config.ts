export default definePageConfig({
  navigationBarTitleText: '接待预约',
});
