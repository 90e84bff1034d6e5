export default definePageConfig({
  navigationBarTitleText: '梧桐台',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
