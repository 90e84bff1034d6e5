export default defineAppConfig({
  pages: ['pages/index/index', 'pages/article/index', 'pages/me/index'],
  window: {
    navigationBarTitleText: '梧桐台',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f6f7',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#8a8f99',
    selectedColor: '#2f6b4f',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      {
        pagePath: 'pages/index/index',
        text: '资讯',
        iconPath: 'assets/tab/news.png',
        selectedIconPath: 'assets/tab/news-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tab/me.png',
        selectedIconPath: 'assets/tab/me-active.png',
      },
    ],
  },
  lazyCodeLoading: 'requiredComponents',
})
