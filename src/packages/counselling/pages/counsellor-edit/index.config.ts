export default definePageConfig({
  navigationBarTitleText: '咨询师档案',
});
