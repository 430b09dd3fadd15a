export default definePageConfig({
  navigationBarTitleText: '发布接待日',
});
