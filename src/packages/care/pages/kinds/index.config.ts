export default definePageConfig({ navigationBarTitleText: '慰问类别' });
