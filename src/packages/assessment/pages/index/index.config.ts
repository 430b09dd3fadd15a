export default definePageConfig({ navigationBarTitleText: '建家评家', enablePullDownRefresh: true });
