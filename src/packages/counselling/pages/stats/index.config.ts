export default definePageConfig({
  navigationBarTitleText: '每月咨询次数',
  enablePullDownRefresh: true,
});
