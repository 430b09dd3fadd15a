export default definePageConfig({ navigationBarTitleText: '困难职工', enablePullDownRefresh: true });
