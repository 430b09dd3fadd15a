export default definePageConfig({ navigationBarTitleText: '送温暖', enablePullDownRefresh: true });
