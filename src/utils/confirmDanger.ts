import Taro from '@tarojs/taro'
import { DANGER_COLOR } from '../constants/brand'

/** WeChat's modal before an action that takes something away, its button in warning red: true when confirmed. */
export const confirmDanger = (question: { title: string; content: string; confirmText: string }) =>
  Taro.showModal({ ...question, confirmColor: DANGER_COLOR }).then(({ confirm }) => confirm)
