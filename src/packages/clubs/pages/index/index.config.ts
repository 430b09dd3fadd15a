export default definePageConfig({ navigationBarTitleText: '兴趣社团', enablePullDownRefresh: true });
