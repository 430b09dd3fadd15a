export default definePageConfig({ navigationBarTitleText: '社团活动' });
