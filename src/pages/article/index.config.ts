export default definePageConfig({
  navigationBarTitleText: '梧桐台',
  enableShareAppMessage: true,
  enableShareTimeline: true,
  // A long article's next piece is asked for before the reader reaches its end (useArticleBody).
  onReachBottomDistance: 800,
  // Moments' single-page mode lays its own bar over the page top: keep the title clear of it.
  singlePage: { navigationBarFit: 'squeezed' },
})
