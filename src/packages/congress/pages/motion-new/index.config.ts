export default definePageConfig({ navigationBarTitleText: '起草提案' });
