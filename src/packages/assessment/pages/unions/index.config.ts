export default definePageConfig({ navigationBarTitleText: '工会组织', enablePullDownRefresh: true });
