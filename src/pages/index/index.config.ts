export default definePageConfig({
  navigationBarTitleText: '梧桐台资讯',
  enablePullDownRefresh: true,
  onReachBottomDistance: 200,
  enableShareAppMessage: true,
})
