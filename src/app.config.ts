export default defineAppConfig({
  pages: ['pages/index/index', 'pages/article/index', 'pages/me/index'],
  // The reader's own pages stay out of the main package, which every first open downloads.
  subPackages: [
    { root: 'packages/reader', pages: ['favorites/index', 'history/index', 'privacy/index', 'missing/index'] },
    { root: 'packages/search', pages: ['index'] },
    // Operators only, and the poster's canvas code: neither belongs in what every reader downloads.
    { root: 'packages/admin', pages: ['index'] },
    { root: 'packages/poster', pages: ['index'] },
    // 写留言: only readers who write download it.
    { root: 'packages/comment', pages: ['index'] },
  ],
  // Fetch each subpackage while the reader looks at the page that opens it (我的; 资讯's search box; 留言
  // under an article, a few KB, so that the composer opens at once).
  preloadRule: {
    'pages/me/index': { network: 'all', packages: ['packages/reader'] },
    'pages/index/index': { network: 'all', packages: ['packages/search'] },
    'pages/article/index': { network: 'all', packages: ['packages/comment'] },
  },
  window: {
    // WeChat's bar, which Taro's h5 build also draws (with its back and home buttons) only when named.
    navigationStyle: 'default',
    navigationBarTitleText: '梧桐台',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f6f7',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#6a6f78',
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
  // Taro's browser router slides each page in, and a back tap during the slide leaves the page below hidden
  // (a timer hides it after it has been shown again): in the browser, pages show at once.
  ...(process.env.TARO_ENV === 'h5' ? { animation: false } : {}),
})
