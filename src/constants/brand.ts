export const BRAND_NAME = '梧桐台'
/** Where readers and rights holders write to the platform. */
export const CONTACT_EMAIL = 'service@wutongtai.cn'
export const HOME_PAGE = '/pages/index/index'
export const ARTICLE_PAGE = '/pages/article/index'
export const ME_PAGE = '/pages/me/index'
export const FAVORITES_PAGE = '/packages/reader/favorites/index'
export const HISTORY_PAGE = '/packages/reader/history/index'
export const PRIVACY_PAGE = '/packages/reader/privacy/index'
/** WeUI's warning red, for the actions that take something away (注销, 清空). */
export const DANGER_COLOR = '#fa5151'
