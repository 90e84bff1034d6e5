import { View } from '@tarojs/components'
import { useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { useState } from 'react'
import ArticleBody from '../../components/ArticleBody'
import ArticleCard from '../../components/ArticleCard'
import ArticleFooter from '../../components/ArticleFooter'
import ArticleHeader from '../../components/ArticleHeader'
import ArticleSkeleton from '../../components/ArticleSkeleton'
import CommentSection from '../../components/CommentSection'
import FollowBar from '../../components/FollowBar'
// LoginSheet before FontSizeSheet: PhoneLogin's styles come before BottomSheet's wherever both load (see 我的).
import LoginSheet from '../../components/LoginSheet'
import FontSizeSheet from '../../components/FontSizeSheet'
import OfflineNotice from '../../components/OfflineNotice'
import PrivacySheet from '../../components/PrivacySheet'
import ReadingBar from '../../components/ReadingBar'
import SinglePageHint from '../../components/SinglePageHint'
import StatusView from '../../components/StatusView'
import type { ArticleSummary } from '../../contract/models'
import { useArticle } from '../../hooks/useArticle'
import { useArticleBody } from '../../hooks/useArticleBody'
import { useComments } from '../../hooks/useComments'
import { useFavorite } from '../../hooks/useFavorite'
import { useFontSize } from '../../hooks/useFontSize'
import { useReadArticles } from '../../hooks/useReadArticles'
import { isScanEntry } from '../../utils/entry'
import { goHome, isLandingPage, openArticle, openPage } from '../../utils/navigation'
import { posterUrl } from '../../utils/articleLinks'
import { articleCard, articleMoment, HOME_CARD } from '../../utils/share'
import { isSinglePageMode, showFullServiceHint } from '../../utils/singlePage'
import './index.scss'

const openCard = (article: ArticleSummary) => openArticle(article.id)

export default function ArticlePage() {
  const { params } = useRouter()
  const { state, id, retry } = useArticle(params)
  const [singlePage] = useState(isSinglePageMode)
  // Single-page mode cannot navigate: no way home, no other article.
  const [landing] = useState(() => !singlePage && isLandingPage())
  const [scanned] = useState(isScanEntry)
  const [fontSize, setFontSize] = useFontSize()
  const [choosingSize, setChoosingSize] = useState(false)
  const read = useReadArticles()

  const article = state.phase === 'ready' ? state.article : undefined
  const body = useArticleBody(article)
  const favorite = useFavorite(article?.id, state.phase === 'ready' && state.favorited)
  const comments = useComments(article?.id, state.phase === 'ready' ? state.comments : undefined, singlePage)
  // One sheet asks for a login, for whichever action needs it.
  const login = favorite.askingLogin
    ? { title: '登录后收藏文章', onSignedIn: favorite.onSignedIn, onClose: favorite.cancelLogin }
    : comments.login && { ...comments.login, onClose: comments.cancelLogin }
  useShareAppMessage(() => (article ? articleCard(article) : HOME_CARD))
  useShareTimeline(() => (article ? articleMoment(article) : { title: HOME_CARD.title, query: id ? `id=${id}` : '' }))

  return (
    <View className='article-page'>
      {scanned && <FollowBar />}
      {(state.phase === 'loading' || state.phase === 'leaving') && <ArticleSkeleton />}
      {state.phase === 'missing' && (
        <StatusView
          title='文章不存在'
          description='它可能已下线，或链接有误'
          actionText={singlePage ? undefined : '返回首页'}
          onAction={goHome}
        />
      )}
      {state.phase === 'error' && (
        <StatusView title='加载失败' description={state.message} actionText='重试' onAction={retry} />
      )}
      {state.phase === 'ready' && (
        <>
          {/*
            A long article's body grows piece by piece: what changes around it
            changes inside these wrappers, so that Taro never re-sends the body.
          */}
          <View className='article-page__notice'>{state.offline && <OfflineNotice onRetry={retry} />}</View>
          <ArticleHeader article={state.article} />
          <ArticleBody blocks={state.article.blocks} end={body.end} fontSize={fontSize} />
          <View className='article-page__tail'>
            {body.complete ? (
              <>
                <ArticleFooter article={state.article} singlePage={singlePage} />
                {singlePage && <SinglePageHint />}
                <CommentSection
                  items={comments.items}
                  hasMore={comments.hasMore}
                  loadingMore={comments.loadingMore}
                  singlePage={singlePage}
                  onWrite={comments.write}
                  onLoadMore={comments.loadMore}
                  onLike={comments.like}
                  onDelete={comments.remove}
                  onReport={comments.report}
                />
                {state.related.length > 0 && (
                  <View className='article-page__related'>
                    <View className='article-page__related-title'>相关阅读</View>
                    {state.related.map((item) => (
                      <ArticleCard
                        key={item.id}
                        article={item}
                        read={read.has(item.id)}
                        onOpen={singlePage ? showFullServiceHint : openCard}
                      />
                    ))}
                  </View>
                )}
              </>
            ) : (
              <View className='article-page__more'>继续上滑，加载全文…</View>
            )}
          </View>
          <ReadingBar
            favorited={favorite.favorited}
            onFavorite={favorite.toggle}
            onPoster={() => openPage(posterUrl(state.article.id))}
            onFontSize={() => setChoosingSize(true)}
            onComment={comments.write}
            onHome={landing ? goHome : undefined}
            singlePage={singlePage}
          />
        </>
      )}
      <FontSizeSheet
        open={choosingSize}
        value={fontSize}
        onChange={setFontSize}
        onClose={() => setChoosingSize(false)}
      />
      {login && <LoginSheet open title={login.title} onClose={login.onClose} onSignedIn={login.onSignedIn} />}
      <PrivacySheet />
    </View>
  )
}
