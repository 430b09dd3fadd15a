export default definePageConfig({ navigationBarTitleText: '成员名单' });
