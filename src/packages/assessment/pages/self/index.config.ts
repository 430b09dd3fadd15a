export default definePageConfig({ navigationBarTitleText: '自评与评审', enablePullDownRefresh: true });
