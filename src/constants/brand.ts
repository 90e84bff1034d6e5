export const BRAND_NAME = '梧桐台'
/** Where readers and rights holders write to the platform. */
export const CONTACT_EMAIL = 'service@wutongtai.cn'
export const HOME_PAGE = '/pages/index/index'
export const ARTICLE_PAGE = '/pages/article/index'
