export default definePageConfig({
  navigationBarTitleText: '绑定会员信息',
});
