export default definePageConfig({
  navigationBarTitleText: '年度建家材料',
});
