export default definePageConfig({
  navigationBarTitleText: '新增固定安排',
});
