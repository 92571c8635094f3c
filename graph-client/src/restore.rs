//! The restore workflow, typed: create sessions, add and remove artifacts in chunks, activate, poll,
//! list; restore point search.

use std::time::Duration;

use graph_model::Delta;
use graph_model::backup_restore::{
    AnyRestoreSession, DestinationType, DriveRestoreArtifact, ExchangeRestoreSession, ExchangeRestoreSessionUpdate,
    MailboxRestoreArtifact, OneDriveForBusinessRestoreSession, OneDriveForBusinessRestoreSessionUpdate, RequestError,
    RestorePoint, RestorePointSearch, RestorePointSearchResponse, RestoreSessionStatus, SharePointRestoreSession,
    SharePointRestoreSessionUpdate, SiteRestoreArtifact,
};
use http::{Method, Request};
use serde::de::DeserializeOwned;

use crate::{Client, Error};

/// The most artifacts one PATCH may add or remove: the model's limit.
pub use graph_model::backup_restore::MAX_ARTIFACTS_PER_REQUEST as MAX_ARTIFACTS_PER_PATCH;

impl Client {
    /// Creates a OneDrive for Business restore session (`draft`).
    pub async fn create_one_drive_session(&self) -> Result<OneDriveForBusinessRestoreSession, Error> {
        self.call(
            self.inner
                .requests
                .create_one_drive_for_business_restore_session(&OneDriveForBusinessRestoreSessionUpdate::new())?,
        )
        .await
    }

    /// Creates a SharePoint restore session (`draft`).
    pub async fn create_share_point_session(&self) -> Result<SharePointRestoreSession, Error> {
        self.call(self.inner.requests.create_share_point_restore_session(&SharePointRestoreSessionUpdate::new())?).await
    }

    /// Creates an Exchange restore session (`draft`).
    pub async fn create_exchange_session(&self) -> Result<ExchangeRestoreSession, Error> {
        self.call(self.inner.requests.create_exchange_restore_session(&ExchangeRestoreSessionUpdate::new())?).await
    }

    /// Applies `delta` to a OneDrive for Business session, at most 50 entries per PATCH; returns each
    /// PATCH's echoed entries, in order (successes and per-item failures).
    pub async fn patch_drive_artifacts(
        &self,
        session_id: &str,
        delta: Delta<DriveRestoreArtifact>,
    ) -> Result<Vec<Delta<DriveRestoreArtifact>>, Error> {
        self.patch_in_chunks(
            delta,
            |chunk| {
                let body = OneDriveForBusinessRestoreSessionUpdate::new().drive_restore_artifacts_delta(chunk);
                self.inner.requests.update_one_drive_for_business_restore_session(session_id, &body)
            },
            |session: OneDriveForBusinessRestoreSession| session.drive_restore_artifacts_delta,
        )
        .await
    }

    /// Adds restore points to a OneDrive for Business session (chunks of at most 50).
    pub async fn add_drive_artifacts(
        &self,
        session_id: &str,
        points: &[RestorePoint],
        destination: DestinationType,
    ) -> Result<Vec<Delta<DriveRestoreArtifact>>, Error> {
        let delta = points
            .iter()
            .fold(Delta::<DriveRestoreArtifact>::new(), |d, p| d.add_restore_point(p.clone(), destination.clone()));
        self.patch_drive_artifacts(session_id, delta).await
    }

    /// Applies `delta` to a SharePoint session (chunks of at most 50).
    pub async fn patch_site_artifacts(
        &self,
        session_id: &str,
        delta: Delta<SiteRestoreArtifact>,
    ) -> Result<Vec<Delta<SiteRestoreArtifact>>, Error> {
        self.patch_in_chunks(
            delta,
            |chunk| {
                let body = SharePointRestoreSessionUpdate::new().site_restore_artifacts_delta(chunk);
                self.inner.requests.update_share_point_restore_session(session_id, &body)
            },
            |session: SharePointRestoreSession| session.site_restore_artifacts_delta,
        )
        .await
    }

    /// Applies `delta` to an Exchange session (chunks of at most 50).
    pub async fn patch_mailbox_artifacts(
        &self,
        session_id: &str,
        delta: Delta<MailboxRestoreArtifact>,
    ) -> Result<Vec<Delta<MailboxRestoreArtifact>>, Error> {
        self.patch_in_chunks(
            delta,
            |chunk| {
                let body = ExchangeRestoreSessionUpdate::new().mailbox_restore_artifacts_delta(chunk);
                self.inner.requests.update_exchange_restore_session(session_id, &body)
            },
            |session: ExchangeRestoreSession| session.mailbox_restore_artifacts_delta,
        )
        .await
    }

    /// Sends `delta` in PATCHes of at most [`MAX_ARTIFACTS_PER_PATCH`] entries, one after another, and
    /// gathers what each response echoes.
    async fn patch_in_chunks<A, S: DeserializeOwned>(
        &self,
        delta: Delta<A>,
        request: impl Fn(Delta<A>) -> Result<Request<Vec<u8>>, RequestError>,
        echoed: impl Fn(S) -> Option<Delta<A>>,
    ) -> Result<Vec<Delta<A>>, Error> {
        let mut out = Vec::new();
        for chunk in delta.into_batches(MAX_ARTIFACTS_PER_PATCH) {
            let session: S = self.call(request(chunk)?).await?;
            out.extend(echoed(session));
        }
        Ok(out)
    }

    /// Searches restore points (`POST /restorePoints/search`). The service takes at most 20 protection
    /// units per search (one with an `artifactQuery`) and returns at most 5 restore points, unpaged.
    pub async fn search_restore_points(
        &self,
        search: &RestorePointSearch,
    ) -> Result<RestorePointSearchResponse, Error> {
        self.call(self.inner.requests.search_restore_points(search)?).await
    }

    /// Activates a `draft` session.
    pub async fn activate(&self, session_id: &str) -> Result<AnyRestoreSession, Error> {
        self.call(self.inner.requests.activate_restore_session(session_id)?).await
    }

    /// Deletes a `draft` session.
    pub async fn delete_session(&self, session_id: &str) -> Result<(), Error> {
        let mut request = self.inner.requests.get_restore_session(session_id)?;
        *request.method_mut() = Method::DELETE;
        self.send(request).await.map(|_| ())
    }

    /// Reads a session.
    pub async fn session(&self, session_id: &str) -> Result<AnyRestoreSession, Error> {
        self.call(self.inner.requests.get_restore_session(session_id)?).await
    }

    /// Every session.
    pub async fn sessions(&self) -> Result<Vec<AnyRestoreSession>, Error> {
        self.collect_all(self.inner.requests.list_restore_sessions()?).await
    }

    /// Every artifact of a OneDrive for Business session, with its status and error.
    pub async fn drive_artifacts(&self, session_id: &str) -> Result<Vec<DriveRestoreArtifact>, Error> {
        self.collect_all(self.inner.requests.list_drive_restore_artifacts(session_id)?).await
    }

    /// Every artifact of a SharePoint session, with its status and error.
    pub async fn site_artifacts(&self, session_id: &str) -> Result<Vec<SiteRestoreArtifact>, Error> {
        self.collect_all(self.inner.requests.list_site_restore_artifacts(session_id)?).await
    }

    /// Every artifact of an Exchange session, with its status and error.
    pub async fn mailbox_artifacts(&self, session_id: &str) -> Result<Vec<MailboxRestoreArtifact>, Error> {
        self.collect_all(self.inner.requests.list_mailbox_restore_artifacts(session_id)?).await
    }

    /// Reads the session every `interval` until its status is terminal (`completed`,
    /// `completedWithError`, `failed`, or `unknownFutureValue` standing for a hidden `failed`), calling
    /// `progress` with each reading. Gives up with [`Error::Timeout`] after `max_polls` readings.
    pub async fn poll_until_done(
        &self,
        session_id: &str,
        interval: Duration,
        mut progress: impl FnMut(&AnyRestoreSession),
    ) -> Result<AnyRestoreSession, Error> {
        self.poll_until_done_bounded(session_id, interval, u32::MAX, &mut progress).await
    }

    /// [`poll_until_done`](Self::poll_until_done) with a bound on the number of readings.
    pub async fn poll_until_done_bounded(
        &self,
        session_id: &str,
        interval: Duration,
        max_polls: u32,
        progress: &mut dyn FnMut(&AnyRestoreSession),
    ) -> Result<AnyRestoreSession, Error> {
        for _ in 0..max_polls {
            let session = self.session(session_id).await?;
            progress(&session);
            if is_terminal(&session) {
                return Ok(session);
            }
            tokio::time::sleep(interval).await;
        }
        Err(Error::Timeout)
    }
}

/// The status of any restore session.
pub fn session_status(session: &AnyRestoreSession) -> Option<RestoreSessionStatus> {
    let base = match session {
        AnyRestoreSession::OneDriveForBusiness(s) => &s.base,
        AnyRestoreSession::SharePoint(s) => &s.base,
        AnyRestoreSession::Exchange(s) => &s.base,
        AnyRestoreSession::Other(s) => s,
    };
    base.status.as_value().cloned()
}

/// Whether a session has finished (a hidden `failed` arrives as `unknownFutureValue` and counts).
pub fn is_terminal(session: &AnyRestoreSession) -> bool {
    use RestoreSessionStatus as S;
    matches!(
        session_status(session).map(|s| s.canonical()),
        Some(S::Completed | S::CompletedWithError | S::Failed | S::UnknownFutureValue)
    )
}
