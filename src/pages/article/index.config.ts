export default definePageConfig({
  navigationBarTitleText: '梧桐台',
  enableShareAppMessage: true,
  enableShareTimeline: true,
  // Moments' single-page mode lays its own bar over the page top: keep the title clear of it.
  singlePage: { navigationBarFit: 'squeezed' },
})
