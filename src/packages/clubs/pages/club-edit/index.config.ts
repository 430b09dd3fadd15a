export default definePageConfig({ navigationBarTitleText: '社团设置' });
