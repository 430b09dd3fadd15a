export default definePageConfig({
  navigationBarTitleText: '接待日月度汇总',
});
