export default definePageConfig({
  navigationBarTitleText: '阅读历史',
})
