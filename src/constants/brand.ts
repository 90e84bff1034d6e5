export const BRAND_NAME = '梧桐台'
/** Where readers and rights holders write to the platform. */
export const CONTACT_EMAIL = 'service@wutongtai.cn'
/** A warning red for the actions that take something away (注销, 清空): WeUI's, darkened to 4.8:1 on white. */
export const DANGER_COLOR = '#d6312d'
