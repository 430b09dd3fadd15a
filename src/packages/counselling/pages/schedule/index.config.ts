export default definePageConfig({
  navigationBarTitleText: '排班与请假',
});
