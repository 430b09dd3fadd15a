export default definePageConfig({ navigationBarTitleText: '片组互查', enablePullDownRefresh: true });
