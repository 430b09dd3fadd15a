export default definePageConfig({ navigationBarTitleText: '会议、代表与承办部门' });
