import type { Category } from '../../../src/contract/models'
import type { ArticleInput } from '../../../server/store/types'

/**
 * A small inline data set, used while the project's seed (server/dev/seed)
 * is absent. Written so that tests can fail: the articles are inserted out of
 * date order, and one is published in the late evening UTC, when the
 * calendar day in China is already the next one.
 */
export const INLINE_CATEGORIES: Category[] = [
  { id: 'news', name: '资讯' },
  { id: 'market', name: '市场行情' },
  { id: 'policy', name: '政策解读' },
]

const paragraph = (text: string) => ({ type: 'paragraph' as const, spans: [{ text }] })

export const INLINE_ARTICLES: ArticleInput[] = [
  {
    id: 'aksu-cotton-harvest',
    title: '阿克苏长绒棉进入机采高峰',
    summary: '今年机采比例继续提高，轧花厂开足马力。',
    cover: '/media/cotton-field.jpg',
    category: 'news',
    source: '梧桐台',
    // 18:30 UTC is 02:30 the next morning in China: shown as 2026-03-18.
    publishedAt: '2026-03-17T18:30:00.000Z',
    readCount: 128,
    blocks: [
      { type: 'heading', level: 2, text: '采收现场' },
      paragraph('棉田里的采棉机昼夜作业，籽棉当天送进轧花厂。'),
      { type: 'image', src: '/media/cotton-picker.jpg', width: 1080, height: 720, caption: '采棉机作业' },
    ],
  },
  {
    id: 'ningxia-cashmere-prices',
    title: '宁夏羊绒收购价小幅回升',
    summary: '春季抓绒开始，无毛绒报价较去年同期略高。',
    category: 'market',
    source: '宁夏纺织行业协会',
    publishedAt: '2026-03-10T02:00:00.000Z',
    readCount: 56,
    blocks: [paragraph('收购商反映，细度在 15.5 微米以下的白绒最受欢迎。')],
  },
  {
    id: 'zhejiang-garment-cluster',
    title: '浙江服装产业集群推进数字化改造',
    summary: '柔性生产线让小单快反成为常态。',
    cover: '/media/garment-workshop.jpg',
    category: 'news',
    source: '梧桐台',
    publishedAt: '2026-03-20T01:00:00.000Z',
    readCount: 302,
    author: '梧桐台编辑部',
    blocks: [paragraph('多家企业引入吊挂系统，在制品周转时间明显缩短。')],
  },
  {
    id: 'printing-wastewater-rules',
    title: '印染废水排放新规解读',
    summary: '新标准收紧了总氮和色度限值。',
    category: 'policy',
    source: '梧桐台',
    publishedAt: '2026-02-28T08:00:00.000Z',
    readCount: 0,
    blocks: [paragraph('企业需在过渡期内完成处理设施改造。')],
  },
  {
    id: 'keqiao-fabric-market',
    title: '柯桥面料市场春季订单回暖',
    summary: '外贸询盘增加，功能性面料走俏。',
    cover: '/media/fabric-market.jpg',
    category: 'market',
    source: '梧桐台',
    publishedAt: '2026-03-19T06:00:00.000Z',
    readCount: 75,
    blocks: [paragraph('市场内商户表示，春夏面料的打样需求比去年多。')],
  },
]
