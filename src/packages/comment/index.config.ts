export default definePageConfig({
  navigationBarTitleText: '写留言',
  backgroundColor: '#ffffff',
})
