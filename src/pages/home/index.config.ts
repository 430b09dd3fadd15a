export default definePageConfig({
  navigationBarTitleText: '教职工之家',
  navigationBarBackgroundColor: '#07c160',
  navigationBarTextStyle: 'white',
  backgroundColor: '#07c160',
  backgroundTextStyle: 'light',
  enablePullDownRefresh: true,
})
