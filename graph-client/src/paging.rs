//! Paging: following `@odata.nextLink`, with a bound on the number of pages and a check for links that
//! loop.

use std::collections::HashSet;

use graph_model::CollectionResponse;
use http::Request;
use serde::de::DeserializeOwned;
use url::Url;

use crate::{Client, Error};

/// The most pages a [`Pager`] reads by default ([`ClientBuilder::max_pages`](crate::ClientBuilder::max_pages)).
pub const DEFAULT_MAX_PAGES: usize = 1_000;

enum PageRequest {
    First(Box<Request<Vec<u8>>>),
    Link(Url),
}

/// Pages of a collection, following `@odata.nextLink` (absolute, or relative to the service root).
///
/// A link that names a page already read (compared as URLs, fragment removed) ends paging with
/// [`Error::NextLinkLoop`]; a collection of more than [`max_pages`](Self::max_pages) pages with
/// [`Error::TooManyPages`].
pub struct Pager<T> {
    client: Client,
    next: Option<PageRequest>,
    seen: HashSet<String>,
    pages_read: usize,
    max_pages: usize,
    next_link: Option<String>,
    delta_link: Option<String>,
    _items: std::marker::PhantomData<fn() -> T>,
}

impl<T> std::fmt::Debug for Pager<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pager")
            .field("pages_read", &self.pages_read)
            .field("max_pages", &self.max_pages)
            .field("next_link", &self.next_link)
            .field("delta_link", &self.delta_link)
            .finish_non_exhaustive()
    }
}

impl<T> Pager<T> {
    pub(crate) fn new(client: Client, request: Request<Vec<u8>>, max_pages: usize) -> Self {
        Pager {
            client,
            next: Some(PageRequest::First(Box::new(request))),
            seen: HashSet::new(),
            pages_read: 0,
            max_pages,
            next_link: None,
            delta_link: None,
            _items: std::marker::PhantomData,
        }
    }

    /// Reads at most `max_pages` pages (the client's [`max_pages`](crate::ClientBuilder::max_pages) by
    /// default).
    pub fn max_pages(mut self, max_pages: usize) -> Self {
        self.max_pages = max_pages;
        self
    }
}

/// A link as a key for loop detection: the URL without its fragment (a fragment is not sent).
fn page_key(url: &Url) -> String {
    let mut url = url.clone();
    url.set_fragment(None);
    url.into()
}

impl<T: DeserializeOwned> Pager<T> {
    /// The next page's items, or `None` after the last page.
    pub async fn next_page(&mut self) -> Result<Option<Vec<T>>, Error> {
        let request = match self.next.take() {
            None => return Ok(None),
            Some(_) if self.pages_read >= self.max_pages => {
                return Err(Error::TooManyPages { limit: self.max_pages });
            }
            Some(PageRequest::First(r)) => {
                if let Ok(url) = Url::parse(&r.uri().to_string()) {
                    self.seen.insert(page_key(&url));
                }
                *r
            }
            Some(PageRequest::Link(url)) => self.client.get(url.as_str())?,
        };
        let page: CollectionResponse<T> = self.client.call(request).await?;
        self.pages_read += 1;
        self.next_link = page.next_link.clone();
        self.delta_link = page.delta_link.clone();
        if let Some(link) = &page.next_link {
            let mut url = self.client.resolve(link)?;
            if !self.seen.insert(page_key(&url)) {
                return Err(Error::NextLinkLoop(link.clone()));
            }
            url.set_fragment(None);
            self.next = Some(PageRequest::Link(url));
        }
        Ok(Some(page.value))
    }

    /// The items of this page and every following one, as a stream (a page is requested when the
    /// previous one is used up). An error ends the stream after it is yielded.
    ///
    /// ```no_run
    /// use futures_util::StreamExt;
    /// # async fn run(client: graph_client::Client) -> Result<(), graph_client::Error> {
    /// let request = client.requests().list_restore_sessions()?;
    /// let mut sessions = std::pin::pin!(client.pages::<graph_model::backup_restore::AnyRestoreSession>(request).into_stream());
    /// while let Some(session) = sessions.next().await {
    ///     println!("{:?}", graph_client::session_status(&session?));
    /// }
    /// # Ok(()) }
    /// ```
    pub fn into_stream(self) -> impl futures_util::Stream<Item = Result<T, Error>> {
        let state = (self, std::collections::VecDeque::new(), false);
        futures_util::stream::unfold(state, |(mut pager, mut buffer, failed)| async move {
            loop {
                if let Some(item) = buffer.pop_front() {
                    return Some((Ok(item), (pager, buffer, failed)));
                }
                if failed {
                    return None;
                }
                match pager.next_page().await {
                    Ok(Some(page)) => buffer.extend(page),
                    Ok(None) => return None,
                    Err(e) => return Some((Err(e), (pager, buffer, true))),
                }
            }
        })
    }

    /// The `@odata.nextLink` of the last page read, as received: store it to resume later.
    pub fn next_link(&self) -> Option<&str> {
        self.next_link.as_deref()
    }

    /// The `@odata.deltaLink` of the last page, if the service sent one.
    pub fn delta_link(&self) -> Option<&str> {
        self.delta_link.as_deref()
    }
}
