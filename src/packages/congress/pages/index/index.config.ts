export default definePageConfig({
  navigationBarTitleText: '教代会与校务公开',
  enablePullDownRefresh: true,
});
