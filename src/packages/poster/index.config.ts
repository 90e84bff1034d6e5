export default definePageConfig({
  navigationBarTitleText: '生成海报',
  backgroundColor: '#f5f6f7',
})
