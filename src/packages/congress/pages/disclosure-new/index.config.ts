export default definePageConfig({ navigationBarTitleText: '发布校务公开' });
