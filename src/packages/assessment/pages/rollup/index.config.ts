export default definePageConfig({ navigationBarTitleText: '建家评家汇总', enablePullDownRefresh: true });
