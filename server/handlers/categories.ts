import { payload } from '../core/validate'
import { defineHandler } from './define'

const schema = payload({})

export const listCategories = defineHandler<'categories.list', typeof schema>(schema, async (_input, { store }) => ({
  items: await store.listCategories(),
}))
